#!/usr/bin/python3
"""Reads one RFC 5322 message (a file name argument) with Python's own email package and prints
what the GUI tests assert, as JSON: a few headers (None when absent), every leaf part with its
type, file name, Content-ID and the SHA-256 of its decoded bytes, the decoded text and HTML
bodies, and the MIME tree as nested content types. An independent parser keeps the tests honest
about what Qourier wrote."""

import email
import email.policy
import hashlib
import json
import sys


def tree(part):
    if part.is_multipart():
        return [part.get_content_type(), [tree(p) for p in part.iter_parts()]]
    return part.get_content_type()


def main(path):
    with open(path, "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    headers = {}
    for name in ("From", "To", "Cc", "Bcc", "Subject", "Message-ID", "MIME-Version"):
        value = msg.get(name)
        headers[name.lower()] = None if value is None else str(value)
    parts = []
    text = None
    html = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        info = {
            "type": part.get_content_type(),
            "filename": part.get_filename(),
            "content_id": part.get("Content-ID"),
            "disposition": part.get_content_disposition(),
            "sha256": hashlib.sha256(payload).hexdigest(),
            "size": len(payload),
        }
        parts.append(info)
        if info["disposition"] != "attachment":
            if info["type"] == "text/plain" and text is None:
                text = part.get_content()
            elif info["type"] == "text/html" and html is None:
                html = part.get_content()
    json.dump({"headers": headers, "parts": parts, "text": text, "html": html, "tree": tree(msg),
               "defects": [str(d) for d in msg.defects]}, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
