#!/usr/bin/python3
"""Independent parse of a message written by MimeWriter, for tst_mimepython.

Usage: check_message.py MESSAGE_FILE

Parses the file with Python's own email package (email.message_from_binary_file with
policy.default, i.e. the RFC 5322/MIME/2047/2231 aware parser) and prints one JSON object:

  raw             facts about the bytes: max_line (without CRLF), bare_cr, bare_lf,
                  ends_with_crlf, eight_bit, header_names (top-level, in order)
  headers         {lower-case name: decoded value} of the top-level header
  from/to/cc/reply_to
                  [{"name": display name, "address": addr-spec}] (null when absent)
  subject, message_id, in_reply_to, references, date_iso
  structure       "multipart/mixed[multipart/alternative[text/plain,text/html],image/png]"
  parts           one entry per leaf part, depth first: content_type, params, cte,
                  disposition, filename, content_id, size, sha256 of the decoded bytes,
                  and text (decoded, line ends as "\\n") for text/* parts that are not attachments
  defects         parse defects of the message and of every part (must be empty)
  header_defects  defects found while parsing individual header fields, with the field name

Needs only the standard library; run with /usr/bin/python3.
"""

import email
import email.policy
import hashlib
import json
import sys


def mailboxes(msg, name):
    header = msg[name]
    if header is None:
        return None
    return [{"name": a.display_name, "address": a.addr_spec} for a in header.addresses]


def structure(part):
    if part.is_multipart():
        return "%s[%s]" % (part.get_content_type(), ",".join(structure(p) for p in part.iter_parts()))
    return part.get_content_type()


def walk(part, path, out, defects, header_defects):
    for defect in part.defects:
        defects.append({"part": path, "defect": "%s: %s" % (type(defect).__name__, defect)})
    for name, value in part.items():
        for defect in getattr(value, "defects", ()):
            header_defects.append({"part": path, "header": name,
                                   "defect": "%s: %s" % (type(defect).__name__, defect)})
    if part.is_multipart():
        for index, child in enumerate(part.iter_parts(), 1):
            walk(child, "%s.%d" % (path, index) if path else str(index), out, defects, header_defects)
        return
    payload = part.get_payload(decode=True) or b""
    content_type = part["content-type"]
    entry = {
        "path": path,
        "content_type": part.get_content_type(),
        "params": dict(content_type.params) if content_type is not None else {},
        "cte": part.get("content-transfer-encoding", None) and str(part["content-transfer-encoding"]),
        "disposition": part.get_content_disposition(),
        "filename": part.get_filename(),
        "content_id": part.get("content-id", None) and str(part["content-id"]),
        "size": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
    }
    if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
        entry["text"] = part.get_content().replace("\r\n", "\n")
    out.append(entry)


def main():
    with open(sys.argv[1], "rb") as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    with open(sys.argv[1], "rb") as f:
        raw = f.read()

    head = raw.split(b"\r\n\r\n", 1)[0]
    lines = raw.split(b"\r\n")
    result = {
        "raw": {
            "max_line": max(len(line) for line in lines),
            "bare_cr": raw.count(b"\r") - raw.count(b"\r\n"),
            "bare_lf": raw.count(b"\n") - raw.count(b"\r\n"),
            "ends_with_crlf": raw.endswith(b"\r\n"),
            "eight_bit": any(b > 127 for b in raw),
            "header_names": [line.split(b":", 1)[0].decode("ascii", "replace")
                             for line in head.split(b"\r\n") if line and line[:1] not in (b" ", b"\t")],
        },
        "headers": {name.lower(): str(value) for name, value in msg.items()},
        "from": mailboxes(msg, "from"),
        "to": mailboxes(msg, "to"),
        "cc": mailboxes(msg, "cc"),
        "reply_to": mailboxes(msg, "reply-to"),
        "subject": str(msg["subject"]) if msg["subject"] is not None else None,
        "message_id": str(msg["message-id"]) if msg["message-id"] is not None else None,
        "in_reply_to": str(msg["in-reply-to"]) if msg["in-reply-to"] is not None else None,
        "references": str(msg["references"]) if msg["references"] is not None else None,
        "date_iso": msg["date"].datetime.isoformat() if msg["date"] is not None else None,
        "structure": structure(msg),
    }
    parts, defects, header_defects = [], [], []
    walk(msg, "", parts, defects, header_defects)
    result["parts"] = parts
    result["defects"] = defects
    result["header_defects"] = header_defects
    json.dump(result, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
