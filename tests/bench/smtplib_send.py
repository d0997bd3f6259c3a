#!/usr/bin/python3
"""The Python standard library's way to send: email.message + smtplib (the comparison baseline)."""
import argparse
import mimetypes
import os
import smtplib
from email.message import EmailMessage

p = argparse.ArgumentParser()
p.add_argument("--host", default="127.0.0.1")
p.add_argument("--port", type=int, required=True)
p.add_argument("--to", action="append", default=[])
p.add_argument("--attach")
a = p.parse_args()

m = EmailMessage()
m["From"] = "bench@example.org"
m["To"] = a.to[0]
m["Subject"] = "benchmark"
m.set_content("Benchmark message.\n")
if a.attach:
    ctype = mimetypes.guess_type(a.attach)[0] or "application/octet-stream"
    maintype, subtype = ctype.split("/", 1)
    with open(a.attach, "rb") as f:
        m.add_attachment(f.read(), maintype=maintype, subtype=subtype, filename=os.path.basename(a.attach))
with smtplib.SMTP(a.host, a.port) as s:
    s.send_message(m, from_addr="bench@example.org", to_addrs=a.to)
