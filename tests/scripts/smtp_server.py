#!/usr/bin/python3
"""A real SMTP server for Qourier's tests: aiosmtpd (Debian python3-aiosmtpd 1.4).

Run it with /usr/bin/python3 (the interpreter that has aiosmtpd). It binds port 0 on --host
(and, for 127.0.0.1, the same port on ::1 when the machine has IPv6 loopback),
prints exactly one JSON line {"port": N} on stdout once it listens, and runs until SIGTERM,
SIGINT or EOF on stdin (so it dies with the test process that holds the other end of the pipe).

Every accepted message n (1, 2, ...) leaves two files in --outdir:
  n.eml   the message bytes exactly as received (dot-stuffing undone, CRLF kept)
  n.json  {"mail_from", "rcpt_tos", "mail_options", "rcpt_options", "size", "auth_user", "tls"}
Both are written to a temporary name and renamed, .eml first, so a reader that sees n.json
always finds a complete n.eml.

Modes:
  starttls  clear connection offering STARTTLS (RFC 3207); with --user, AUTH is required and
            offered only after TLS, and mail commands are refused before it.
  tls       implicit TLS from the first byte (RFC 8314). aiosmtpd does not count such a
            connection as encrypted, so AUTH is enabled with auth_require_tls=False.
  plain     no TLS at all; with --user, AUTH in clear text (for tests of the client's refusal).

XOAUTH2 (--xoauth2-user): AUTH XOAUTH2 is offered and required; --xoauth2-token lists the bearer
tokens it accepts, --xoauth2-expired the ones it answers as expired: a 334 with the JSON error
{"status":"401",...} (the RFC 7628 §3.2.2 style Google and Microsoft use), then 535 after the
client's empty response. Any other token gets status "400". PLAIN and LOGIN always fail then.

Test-only: it accepts any certificate file it is given and keeps everything in memory.
"""

import argparse
import base64
import asyncio
import errno
import fnmatch
import json
import logging
import os
import signal
import ssl
import sys
import warnings

from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--mode", choices=["starttls", "tls", "plain"], default="starttls")
    p.add_argument("--cert", help="PEM certificate chain (required for starttls and tls)")
    p.add_argument("--key", help="PEM private key")
    p.add_argument("--user", help="enable AUTH (PLAIN, LOGIN) and require it, with this user name")
    p.add_argument("--password", default="", help="the only password --user may use")
    p.add_argument("--outdir", required=True, help="where n.eml and n.json go")
    p.add_argument("--reject", action="append", default=[],
                   help="RCPT addresses matching this shell pattern (case-insensitive) get 550 5.1.1; repeatable")
    p.add_argument("--size", type=int, default=None,
                   help="data_size_limit: advertised as SIZE N and enforced (default aiosmtpd's 33554432; 0 = none)")
    p.add_argument("--smtputf8", action="store_true", help="offer SMTPUTF8 (RFC 6531)")
    p.add_argument("--xoauth2-user", help="offer and require AUTH XOAUTH2 for this user")
    p.add_argument("--xoauth2-token", action="append", default=[], help="a bearer token XOAUTH2 accepts; repeatable")
    p.add_argument("--xoauth2-expired", action="append", default=[],
                   help="a bearer token XOAUTH2 answers as expired (status 401); repeatable")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--verbose", action="store_true", help="aiosmtpd's own log on stderr")
    args = p.parse_args(argv)
    if args.mode in ("starttls", "tls") and not (args.cert and args.key):
        p.error("--mode %s needs --cert and --key" % args.mode)
    return args


def write_atomically(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class RecordingHandler:
    def __init__(self, outdir, reject_patterns):
        self.outdir = outdir
        self.reject_patterns = [r.lower() for r in reject_patterns]
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if any(fnmatch.fnmatchcase(address.lower(), pat) for pat in self.reject_patterns):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        envelope.rcpt_options.extend(rcpt_options)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        data = envelope.original_content
        if data is None:
            data = envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8", errors="surrogateescape")
        self.count += 1
        n = self.count
        auth_user = None
        if session.authenticated and isinstance(session.auth_data, LoginPassword):
            auth_user = session.auth_data.login.decode("utf-8", errors="replace")
        # The transport is an SSL app transport both after STARTTLS and on an implicit-TLS
        # listener; session.ssl is only set in the STARTTLS case.
        tls = server.transport is not None and server.transport.get_extra_info("ssl_object") is not None
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "mail_options": list(envelope.mail_options),
            "rcpt_options": list(envelope.rcpt_options),
            "size": len(data),
            "auth_user": auth_user,
            "tls": tls,
        }
        write_atomically(os.path.join(self.outdir, "%d.eml" % n), data)
        write_atomically(os.path.join(self.outdir, "%d.json" % n),
                         json.dumps(meta, ensure_ascii=False).encode("utf-8"))
        return "250 2.0.0 Ok: queued as %d" % n


class XOAuth2Handler(RecordingHandler):
    """RecordingHandler plus AUTH XOAUTH2 (aiosmtpd calls handler methods named auth_<MECH>)."""

    def __init__(self, outdir, reject_patterns, user, accepted, expired):
        super().__init__(outdir, reject_patterns)
        self.user = user
        self.accepted = set(accepted)
        self.expired = set(expired)
        self.attempts = []  # tokens seen, in order (for --verbose)

    async def auth_XOAUTH2(self, server, args):
        # args: the words after AUTH, i.e. ["XOAUTH2", initial-response?] (RFC 4954 §4)
        if len(args) > 1:
            raw = base64.b64decode(args[1])
        else:
            raw = await server.challenge_auth("")
            if raw is MISSING:
                return AuthResult(success=False, handled=False)
        # https://developers.google.com/gmail/imap/xoauth2-protocol: user=U ^A auth=Bearer T ^A^A
        fields = dict(f.split("=", 1) for f in raw.decode("utf-8", errors="replace").split("\x01") if "=" in f)
        user = fields.get("user", "")
        token = fields.get("auth", "")[len("Bearer "):] if fields.get("auth", "").startswith("Bearer ") else ""
        self.attempts.append(token)
        logging.getLogger("xoauth2").info("XOAUTH2 user=%r token=%r", user, token)
        if user == self.user and token in self.accepted:
            return AuthResult(success=True, auth_data=LoginPassword(user.encode("utf-8"), b""))
        status = "401" if token in self.expired else "400"
        error = json.dumps({"status": status, "schemes": "bearer", "scope": "https://mail.google.com/"})
        # The client answers the error challenge with an empty response; then the final reply.
        await server.challenge_auth(error)
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted")


def make_authenticator(user, password):
    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword)
              and password is not None
              and auth_data.login == user.encode("utf-8")
              and auth_data.password == password.encode("utf-8"))
        if ok:
            return AuthResult(success=True, auth_data=auth_data)
        # handled=False: aiosmtpd itself answers "535 5.7.8"; with the default (True) it would
        # answer nothing at all and the client would wait forever.
        return AuthResult(success=False, handled=False)
    return authenticator


def main(argv):
    args = parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.CRITICAL, stream=sys.stderr)
    # aiosmtpd warns when AUTH is allowed without TLS, which the tls and plain modes do on purpose.
    warnings.simplefilter("ignore")
    os.makedirs(args.outdir, exist_ok=True)

    tls_context = None
    if args.cert:
        tls_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls_context.load_cert_chain(args.cert, args.key)

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    if args.xoauth2_user:
        handler = XOAuth2Handler(args.outdir, args.reject, args.xoauth2_user, args.xoauth2_token, args.xoauth2_expired)
    else:
        handler = RecordingHandler(args.outdir, args.reject)

    smtp_kwargs = {
        "hostname": "localhost",  # socket.getfqdn() may stall on a machine without DNS
        "enable_SMTPUTF8": args.smtputf8,
        "loop": loop,
    }
    if args.size is not None:
        smtp_kwargs["data_size_limit"] = args.size or None
    if args.user or args.xoauth2_user:
        # With XOAUTH2 only, PLAIN and LOGIN exist but never succeed (no password matches "").
        smtp_kwargs["authenticator"] = make_authenticator(args.user or "", args.password if args.user else None)
        smtp_kwargs["auth_required"] = True
        # aiosmtpd 1.4 only counts STARTTLS as encryption, so on an implicit-TLS listener (and in
        # the deliberately insecure plain mode) AUTH must be allowed "without TLS".
        smtp_kwargs["auth_require_tls"] = args.mode == "starttls"
    if args.mode == "starttls":
        smtp_kwargs["tls_context"] = tls_context
        smtp_kwargs["require_starttls"] = True

    def factory():
        return SMTP(handler, **smtp_kwargs)

    def listen(host, port):
        return loop.run_until_complete(loop.create_server(
            factory, host=host, port=port,
            ssl=tls_context if args.mode == "tls" else None))

    # On 127.0.0.1, and on ::1 with the same port where the machine has IPv6 loopback: "localhost"
    # means both on a normal Debian (/etc/hosts), and a client or proxy that tries only the first
    # address it resolves (microsocks) may pick ::1.
    servers = [listen(args.host, 0)]
    port = servers[0].sockets[0].getsockname()[1]
    if args.host == "127.0.0.1":
        for _ in range(20):
            try:
                servers.append(listen("::1", port))
                break
            except OSError as e:
                if e.errno != errno.EADDRINUSE:
                    break  # no IPv6 loopback here: 127.0.0.1 alone
                servers[0].close()  # ::1 has that port taken: both on a new one
                servers = [listen(args.host, 0)]
                port = servers[0].sockets[0].getsockname()[1]

    stop = loop.create_future()

    def request_stop(*_):
        if not stop.done():
            stop.set_result(None)

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, request_stop)

    def on_stdin():
        try:
            chunk = os.read(sys.stdin.fileno(), 4096)
        except OSError:
            chunk = b""
        if not chunk:
            loop.remove_reader(sys.stdin.fileno())
            request_stop()

    try:
        loop.add_reader(sys.stdin.fileno(), on_stdin)
    except (OSError, ValueError, PermissionError):
        pass  # stdin closed or not pollable: only signals stop us

    sys.stdout.write(json.dumps({"port": port}) + "\n")
    sys.stdout.flush()

    loop.run_until_complete(stop)
    for server in servers:
        server.close()
        loop.run_until_complete(server.wait_closed())
    loop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
