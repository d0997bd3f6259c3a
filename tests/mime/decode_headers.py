#!/usr/bin/python3
"""Independent decoding of header fields written by HeaderEncoding, for tst_headerencodingpython.

Reads a JSON list on stdin; each item holds complete header fields (ASCII, CRLF-folded):
  {"subject": "Subject: ...\\r\\n", "from": "From: ...\\r\\n", "disposition": "Content-Disposition: ...\\r\\n"}
Each item becomes a small message parsed by Python's own email package (policy.default, which
decodes RFC 2047 encoded-words and RFC 2231 parameters). Prints a JSON list, one object per item:
  subject        str(msg["Subject"])
  display_name   the display name of the one From mailbox
  address        its addr-spec
  filename       msg.get_filename() (Content-Disposition filename, RFC 2231 decoded; Python strips
                 the spaces at its ends)
  filename_param the same parameter as parsed, nothing stripped
  defects        every defect the parser reported, as text (must be empty)
Standard library only; run with /usr/bin/python3.
"""

import email
import email.policy
import json
import sys


def decode(item):
    raw = (item["subject"] + item["from"] + item["disposition"]
           + "MIME-Version: 1.0\r\nContent-Type: application/octet-stream\r\n\r\nx\r\n")
    msg = email.message_from_bytes(raw.encode("ascii"), policy=email.policy.default)
    defects = [type(d).__name__ for d in msg.defects]
    out = {}
    subject = msg["Subject"]
    out["subject"] = str(subject) if subject is not None else None
    defects += ["Subject: " + type(d).__name__ for d in getattr(subject, "defects", ())]
    sender = msg["From"]
    defects += ["From: " + type(d).__name__ for d in getattr(sender, "defects", ())]
    mailboxes = list(sender.addresses) if sender is not None else []
    out["mailboxes"] = len(mailboxes)
    out["display_name"] = mailboxes[0].display_name if mailboxes else None
    out["address"] = mailboxes[0].addr_spec if mailboxes else None
    disposition = msg["Content-Disposition"]
    defects += ["Content-Disposition: " + type(d).__name__ for d in getattr(disposition, "defects", ())]
    out["filename"] = msg.get_filename()
    params = getattr(disposition, "params", None) or {}
    out["filename_param"] = params.get("filename")
    out["defects"] = defects
    return out


def main():
    items = json.load(sys.stdin)
    json.dump([decode(i) for i in items], sys.stdout, ensure_ascii=True)


if __name__ == "__main__":
    main()
