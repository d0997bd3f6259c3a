#!/usr/bin/python3
"""Sends one message to a Qourier sandbox with Python's smtplib, verifying its certificate
against CAFILE (the sandbox's own cert.pem) and authenticating with exactly MECHANISM.
The message has a Bcc header; smtplib.send_message() moves it to the envelope.

usage: smtplib_send.py starttls|ssl PORT USER PASSWORD CAFILE PLAIN|LOGIN|CRAM-MD5 SUBJECT
"""
import smtplib
import ssl
import sys
from email.message import EmailMessage


def main():
    security, port, user, password, cafile, mechanism, subject = sys.argv[1:8]
    context = ssl.create_default_context(cafile=cafile)  # hostname and chain checked
    msg = EmailMessage()
    msg["From"] = "Python Sender <py@example.org>"
    msg["To"] = "Bob <bob@example.org>"
    msg["Cc"] = "carol@example.net"
    msg["Bcc"] = "secret@example.com"
    msg["Subject"] = subject
    msg.set_content("Hello from smtplib.\n.a line that starts with a dot\n\nJos\u00e9 says hi.\n")
    msg.add_attachment(b"\x00\x01binary\xff" * 100, maintype="application", subtype="octet-stream",
                       filename="blob.bin")
    if security == "ssl":
        client = smtplib.SMTP_SSL("localhost", int(port), context=context, timeout=30)
    else:
        client = smtplib.SMTP("localhost", int(port), timeout=30)
    with client:
        if security != "ssl":
            client.starttls(context=context)
        client.ehlo()
        client.user, client.password = user, password
        handler = {"PLAIN": client.auth_plain, "LOGIN": client.auth_login, "CRAM-MD5": client.auth_cram_md5}[mechanism]
        client.auth(mechanism, handler, initial_response_ok=(mechanism != "CRAM-MD5"))
        refused = client.send_message(msg)
        if refused:
            print("refused:", refused, file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
