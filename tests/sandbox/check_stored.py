#!/usr/bin/python3
"""Checks every message a Qourier sandbox stored in DIR: the .json receipt matches its .eml
(size, SHA-256), and the .eml parses with Python's email package without a single defect.
Prints one JSON object per message on stdout; exits 1 if anything is wrong.

usage: check_stored.py DIR
"""
import email
import email.policy
import hashlib
import json
import pathlib
import sys


def defects_of(msg):
    found = []
    for part in msg.walk():
        found += [type(d).__name__ for d in part.defects]
        # With policy.default, header defects show up when a header is parsed.
        for name, value in part.items():
            found += [f"{name}: {type(d).__name__}" for d in getattr(value, "defects", ())]
    return found


def main():
    directory = pathlib.Path(sys.argv[1])
    ok = True
    receipts = sorted(directory.glob("*.json"))
    if not receipts:
        print("no messages", file=sys.stderr)
        return 1
    for receipt_path in receipts:
        receipt = json.loads(receipt_path.read_text())
        data = (directory / receipt["eml"]).read_bytes()
        problems = []
        if len(data) != receipt["size"]:
            problems.append(f"size {len(data)} != receipt {receipt['size']}")
        if hashlib.sha256(data).hexdigest() != receipt["sha256"]:
            problems.append("sha256 differs from receipt")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        problems += defects_of(msg)
        print(json.dumps({
            "id": receipt["id"],
            "subject": str(msg.get("Subject", "")),
            "bcc_header": "Bcc" in msg,
            "rcpt_to": receipt["envelope"]["rcpt_to"],
            "listener": receipt["listener"],
            "auth": (receipt.get("auth") or {}).get("mechanism"),
            "tls": (receipt.get("tls") or {}).get("protocol"),
            "body_command": receipt["body_command"],
            "problems": problems,
        }))
        ok = ok and not problems
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
