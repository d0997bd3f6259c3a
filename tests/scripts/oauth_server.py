#!/usr/bin/python3
"""A fake OAuth 2.0 authorization server for Qourier's tests (standard library only).

It binds port 0 on --host, prints exactly one JSON line {"port": N} on stdout once it listens,
and runs until SIGTERM, SIGINT or EOF on stdin (so it dies with the test process).

Endpoints:
  GET  /authorize  the authorization endpoint (RFC 6749 §4.1.1 + PKCE, RFC 7636 §4.3). A valid
                   request is answered with a 302 to redirect_uri?code=...&state=... as a
                   browser would be after the person signed in (§4.1.2); a bad one with 400 and
                   the reason as text (§4.1.2.1: the server must not redirect to a doubtful URI).
  POST /token      the token endpoint (RFC 6749 §4.1.3 and §6). grant_type authorization_code
                   checks code, client_id, redirect_uri (identical to the authorization
                   request's) and the PKCE S256 verifier against the challenge (RFC 7636 §4.6);
                   grant_type refresh_token checks the refresh token and client_id. Errors are
                   400 + {"error", "error_description"} (RFC 6749 §5.2). A client_secret is
                   refused: Qourier is a public client (RFC 8252 §8.5) and must not send one.
  GET  /stats      {"authorize", "code_grants", "refresh_grants", "rejected": [reasons]}

Access tokens are handed out from --tokens in order (the last one repeats), so a test knows
which token the SMTP server will see first and second.
"""

import argparse
import base64
import hashlib
import json
import os
import re
import secrets
import signal
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

VERIFIER_RE = re.compile(r"^[A-Za-z0-9\-._~]{43,128}$")  # RFC 7636 §4.1


def parse_args(argv):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--client-id", required=True)
    p.add_argument("--tokens", default="access-token-1", help="comma-separated access tokens, issued in order")
    p.add_argument("--refresh-token", default="refresh-token-1", help="the refresh token the code grant issues")
    p.add_argument("--expires-in", type=int, default=3600)
    p.add_argument("--refuse-refresh", action="store_true",
                   help="answer every refresh_token grant with invalid_grant (a revoked sign-in)")
    p.add_argument("--wrong-state", action="store_true",
                   help="redirect with a state that is not the one the client sent (an attacker's answer)")
    return p.parse_args(argv)


class State:
    def __init__(self, args):
        self.args = args
        self.lock = threading.Lock()
        self.codes = {}  # code -> {"challenge", "redirect_uri", "client_id"}
        self.tokens = [t for t in args.tokens.split(",") if t]
        self.issued = 0
        self.stats = {"authorize": 0, "code_grants": 0, "refresh_grants": 0, "rejected": []}

    def next_token(self):
        token = self.tokens[min(self.issued, len(self.tokens) - 1)]
        self.issued += 1
        return token


def s256(verifier):
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


class Handler(BaseHTTPRequestHandler):
    server_version = "FakeOAuth/1"

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/json", headers=()):
        data = body if isinstance(body, bytes) else body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for k, v in headers:
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def reject(self, status, error, description):
        st = self.server.state
        with st.lock:
            st.stats["rejected"].append(description)
        self.reply(status, json.dumps({"error": error, "error_description": description}))

    def do_GET(self):
        st = self.server.state
        url = urllib.parse.urlsplit(self.path)
        if url.path == "/stats":
            with st.lock:
                self.reply(200, json.dumps(st.stats))
            return
        if url.path != "/authorize":
            self.reply(404, "not found", "text/plain")
            return
        q = dict(urllib.parse.parse_qsl(url.query, keep_blank_values=True))
        problem = None
        redirect = q.get("redirect_uri", "")
        if q.get("response_type") != "code":
            problem = "response_type must be code"
        elif q.get("client_id") != st.args.client_id:
            problem = "unknown client_id"
        elif not re.match(r"^http://127\.0\.0\.1:\d+(/.*)?$", redirect):
            problem = "redirect_uri must be a loopback IP literal (RFC 8252 §7.3)"
        elif q.get("code_challenge_method") != "S256":
            problem = "code_challenge_method must be S256"
        elif not re.match(r"^[A-Za-z0-9\-_]{43}$", q.get("code_challenge", "")):
            problem = "code_challenge missing or malformed"
        elif not q.get("state"):
            problem = "state missing"
        elif not q.get("scope"):
            problem = "scope missing"
        if problem:
            with st.lock:
                st.stats["rejected"].append(problem)
            self.reply(400, problem, "text/plain")
            return
        code = secrets.token_urlsafe(24)
        with st.lock:
            st.stats["authorize"] += 1
            st.codes[code] = {"challenge": q["code_challenge"], "redirect_uri": redirect, "client_id": q["client_id"]}
        state = q["state"] + "-forged" if st.args.wrong_state else q["state"]
        sep = "&" if "?" in redirect else "?"
        location = redirect + sep + urllib.parse.urlencode({"code": code, "state": state})
        self.reply(302, "", "text/plain", headers=[("Location", location)])

    def do_POST(self):
        st = self.server.state
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/token":
            self.reply(404, "not found", "text/plain")
            return
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        if not (self.headers.get("Content-Type", "").startswith("application/x-www-form-urlencoded")):
            self.reject(400, "invalid_request", "token request must be form-encoded (RFC 6749 §4.1.3)")
            return
        form = dict(urllib.parse.parse_qsl(body, keep_blank_values=True))
        if "client_secret" in form:
            self.reject(401, "invalid_client", "a public client must not send a client_secret")
            return
        if form.get("client_id") != st.args.client_id:
            self.reject(401, "invalid_client", "unknown client_id")
            return
        grant = form.get("grant_type")
        if grant == "authorization_code":
            with st.lock:
                entry = st.codes.pop(form.get("code", ""), None)  # single use (RFC 6749 §4.1.2)
            if entry is None:
                self.reject(400, "invalid_grant", "unknown or used code")
                return
            if form.get("redirect_uri") != entry["redirect_uri"]:
                self.reject(400, "invalid_grant", "redirect_uri differs from the authorization request's: %r vs %r"
                            % (form.get("redirect_uri"), entry["redirect_uri"]))
                return
            verifier = form.get("code_verifier", "")
            if not VERIFIER_RE.match(verifier):
                self.reject(400, "invalid_grant", "code_verifier missing or malformed")
                return
            if s256(verifier) != entry["challenge"]:
                self.reject(400, "invalid_grant", "code_verifier does not match the code_challenge")
                return
            with st.lock:
                st.stats["code_grants"] += 1
                token = st.next_token()
            self.reply(200, json.dumps({"access_token": token, "token_type": "Bearer",
                                        "expires_in": st.args.expires_in,
                                        "refresh_token": st.args.refresh_token}))
            return
        if grant == "refresh_token":
            if st.args.refuse_refresh:
                self.reject(400, "invalid_grant", "refresh token revoked")
                return
            if form.get("refresh_token") != st.args.refresh_token:
                self.reject(400, "invalid_grant", "unknown refresh token")
                return
            with st.lock:
                st.stats["refresh_grants"] += 1
                token = st.next_token()
            self.reply(200, json.dumps({"access_token": token, "token_type": "Bearer",
                                        "expires_in": st.args.expires_in}))
            return
        self.reject(400, "unsupported_grant_type", "grant_type %r" % grant)


def main(argv):
    args = parse_args(argv)
    httpd = ThreadingHTTPServer((args.host, 0), Handler)
    httpd.daemon_threads = True
    httpd.state = State(args)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())

    def watch_stdin():
        try:
            while os.read(sys.stdin.fileno(), 4096):
                pass
        except OSError:
            pass
        stop.set()

    threading.Thread(target=watch_stdin, daemon=True).start()
    sys.stdout.write(json.dumps({"port": httpd.server_address[1]}) + "\n")
    sys.stdout.flush()
    stop.wait()
    httpd.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
