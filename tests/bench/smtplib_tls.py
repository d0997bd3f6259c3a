#!/usr/bin/python3
"""Python's smtplib over implicit TLS or STARTTLS with AUTH: the round-trip comparison baseline.

--count N sends N messages on one connection (smtplib sends RSET only after a failure; between
successful transactions it simply starts the next MAIL).
"""
import argparse
import os
import smtplib
import ssl
from email.message import EmailMessage

p = argparse.ArgumentParser()
p.add_argument("--host", default="localhost")
p.add_argument("--port", type=int, required=True)
p.add_argument("--mode", choices=["tls", "starttls"], required=True)
p.add_argument("--cafile", required=True)
p.add_argument("--user", required=True)
p.add_argument("--password-env", default="BENCH_PASSWORD")
p.add_argument("--to", action="append", default=[])
p.add_argument("--count", type=int, default=1)
a = p.parse_args()

ctx = ssl.create_default_context(cafile=a.cafile)
to = a.to or ["sink@example.org"]
if a.mode == "tls":
    s = smtplib.SMTP_SSL(a.host, a.port, context=ctx)
else:
    s = smtplib.SMTP(a.host, a.port)
    s.starttls(context=ctx)
s.login(a.user, os.environ[a.password_env])
for i in range(a.count):
    m = EmailMessage()
    m["From"] = "bench@example.org"
    m["To"] = to[0]
    m["Subject"] = "round trips %d" % i
    m.set_content("Hello.\n")
    s.send_message(m, from_addr="bench@example.org", to_addrs=to)
s.quit()
