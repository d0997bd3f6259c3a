#!/usr/bin/python3
"""kill -9 during sends: the outbox's promise, checked against a real server's record.

Starts tests/scripts/smtp_server.py (aiosmtpd, plain SMTP on 127.0.0.1, every accepted message
stored as n.eml), then N times:
  1. `qourier send` a message with a unique subject and an attachment of a few MB (so the kill
     moments spread over every phase: building the outbox entry, connecting, MAIL/RCPT/DATA, the
     body, after the final dot, after the reply), with a random delay before `kill -9`;
  2. `qourier outbox list --json` (which recovers what the crash left in Sending, as any start
     does) and checks the invariant for every message so far:
       - delivered exactly once (the server's record) and no longer pending in the outbox, or
       - not delivered and in the outbox as queued, deferred or uncertain, or
       - delivered once and uncertain (the dot went out; the person decides), or
       - not delivered, not in the outbox, and killed before a single SMTP byte went out (the
         outbox had not accepted it yet: `qourier send` never got to say anything but "killed");
     never delivered twice, never "failed", never left "sending";
  3. `qourier outbox flush`, then the same check again: flush sends what was deferred and must
     not resend anything uncertain.
At the end: a summary (where the kills landed, what became of the messages) and exit status 0
only if the invariant held every time.

Usage: kill_sends.py QOURIER_BINARY [ITERATIONS] [--seed N]
"""

import argparse
import email
import email.parser
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = os.path.join(HERE, "..", "scripts", "smtp_server.py")


def start_server(outdir):
    proc = subprocess.Popen(["/usr/bin/python3", SERVER, "--mode", "plain", "--outdir", outdir, "--host", "127.0.0.1"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = proc.stdout.readline()
    return proc, json.loads(line)["port"]


_subjects = {}  # n.json → Subject: each stored message is read once, header only


def delivered(outdir):
    """Subject → number of times the server accepted it."""
    counts = Counter()
    for name in os.listdir(outdir):
        if not name.endswith(".json") or name.startswith("."):
            continue
        if name not in _subjects:
            with open(os.path.join(outdir, name[:-5] + ".eml"), "rb") as f:
                head = f.read(64 * 1024).split(b"\r\n\r\n", 1)[0]
            _subjects[name] = str(email.parser.BytesHeaderParser().parsebytes(head)["Subject"])
        counts[_subjects[name]] += 1
    return counts


def outbox(binary, env):
    r = subprocess.run([binary, "outbox", "list", "--json"], env=env, capture_output=True, timeout=60)
    if r.returncode != 0:
        raise RuntimeError("outbox list failed: %s" % r.stderr.decode(errors="replace"))
    return {e["summary"]["subject"]: e for e in json.loads(r.stdout or b"[]")}


def raw_states(data_home):
    """Subject → (state, committed) as entry.json says right after the kill, before any recovery."""
    out = {}
    root = os.path.join(data_home, "Qourier", "Qourier", "outbox")
    if not os.path.isdir(root):
        return out
    for d in os.listdir(root):
        try:
            with open(os.path.join(root, d, "entry.json")) as f:
                e = json.load(f)
        except (OSError, ValueError):
            continue
        out[e["summary"]["subject"]] = (e["state"], e.get("committed", False))
    return out


def phase_of(transcript, raw):
    """Where the kill landed, from the client's own transcript and the entry's state on disk."""
    lines = [l for l in transcript.splitlines() if l[:3] in ("C: ", "S: ", "* ")]
    if raw is None and not lines:
        return "before the outbox had it"
    if raw is not None and raw[0] == "queued" and not lines:
        return "queued, not connected"
    if raw is not None and raw[0] == "sending" and raw[1]:
        return "after the final dot"
    last_client = [l for l in lines if l.startswith("C: ")]
    if not last_client:
        return "connecting / greeting"
    c = last_client[-1][3:].upper()
    if c.startswith("EHLO") or c.startswith("HELO"):
        return "EHLO"
    if c.startswith("MAIL"):
        return "MAIL FROM"
    if c.startswith("RCPT"):
        return "RCPT TO"
    if c.startswith("DATA"):
        return "DATA / body" if any(l.startswith("S: 354") for l in lines) else "DATA"
    if c.startswith("QUIT") or raw is None:
        return "after the server's 250"
    return "body"


def check(stage, subjects, counts, entries, never_queued, problems):
    for s in subjects:
        n = counts.get(s, 0)
        e = entries.get(s)
        state = e["state"] if e else None
        if n > 1:
            problems.append("%s: %s delivered %d times (state %s)" % (stage, s, n, state))
        elif state in ("failed", "sending", "sent"):
            problems.append("%s: %s left %s" % (stage, s, state))
        elif n == 1 and state in ("queued", "deferred"):
            problems.append("%s: %s delivered but still %s: it would be sent twice" % (stage, s, state))
        elif n == 0 and state is None and s not in never_queued:
            problems.append("%s: %s lost: neither delivered nor in the outbox" % (stage, s))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("iterations", type=int, nargs="?", default=100)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--attachment-mb", type=int, default=4)
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)

    work = tempfile.mkdtemp(prefix="qourier-kill-")
    server = None
    keep = False
    try:
        outdir = os.path.join(work, "server")
        os.makedirs(outdir)
        server, port = start_server(outdir)
        env = dict(os.environ)
        env.update(HOME=os.path.join(work, "home"), XDG_DATA_HOME=os.path.join(work, "data"),
                   XDG_CONFIG_HOME=os.path.join(work, "config"), LANG="C.UTF-8", LC_ALL="C.UTF-8")
        env.pop("QOURIER_PASSWORD", None)
        for d in ("home", "data", "config"):
            os.makedirs(os.path.join(work, d))
        attachment = os.path.join(work, "attachment.bin")
        with open(attachment, "wb") as f:
            f.write(os.urandom(args.attachment_mb * 1024 * 1024))
        body = os.path.join(work, "body.txt")
        with open(body, "w") as f:
            f.write("Hello,\n.\nthe figures are attached.\n")

        def send_cmd(subject):
            return [args.binary, "send", "--host", "127.0.0.1", "--port", str(port), "--security", "none",
                    "--insecure-allow-plain", "--quiet", "--transcript", "--timeout", "30", "--from", "alice@example.org",
                    "--to", "bob@example.org", "--bcc", "hidden@example.net", "--subject", subject, "--body", body,
                    "--attach", attachment]

        # How long one whole send takes here (the median of three): kills are spread over
        # 0 .. 1.3 × that.
        durations = []
        for _ in range(3):
            t0 = time.monotonic()
            r = subprocess.run(send_cmd("calibration"), env=env, capture_output=True, timeout=120)
            durations.append(time.monotonic() - t0)
            if r.returncode != 0:
                print("calibration send failed: %s" % r.stderr.decode(errors="replace"))
                return 1
        full = sorted(durations)[1]

        subjects, never_queued, problems = [], set(), []
        phases, exits, after_restart = Counter(), Counter(), Counter()
        for i in range(args.iterations):
            subject = "crash-%03d" % i
            subjects.append(subject)
            log = os.path.join(work, "transcript-%03d.txt" % i)
            with open(log, "wb") as err:
                p = subprocess.Popen(send_cmd(subject), env=env, stdout=subprocess.DEVNULL, stderr=err)
                delay = rng.uniform(0, 1.3 * full)
                try:
                    p.wait(timeout=delay)
                except subprocess.TimeoutExpired:
                    os.kill(p.pid, signal.SIGKILL)
                    p.wait()
            exits["killed" if p.returncode == -signal.SIGKILL else "exited %d" % p.returncode] += 1
            time.sleep(0.15)  # the server may still be storing what it got just before the kill
            with open(log, errors="replace") as f:
                transcript = f.read()
            raw = raw_states(env["XDG_DATA_HOME"]).get(subject)
            phase = phase_of(transcript, raw) if p.returncode == -signal.SIGKILL else "finished before the kill"
            phases[phase] += 1
            entries = outbox(args.binary, env)  # recovers, as any start does
            counts = delivered(outdir)
            if subject in entries:
                after_restart["in the outbox, " + entries[subject]["state"]] += 1
            else:
                after_restart["delivered" if counts.get(subject, 0) else "nowhere (killed before the outbox)"] += 1
            if subject not in entries and counts.get(subject, 0) == 0:
                # Not even queued: then nothing may have reached the server either.
                if "C: " in transcript:
                    problems.append("%s: not in the outbox, not delivered, but SMTP had started" % subject)
                never_queued.add(subject)
            check("after kill %d" % i, subjects, counts, entries, never_queued, problems)

            f = subprocess.run([args.binary, "outbox", "flush"], env=env, capture_output=True, timeout=300)
            time.sleep(0.05)
            entries = outbox(args.binary, env)
            counts = delivered(outdir)
            check("after flush %d" % i, subjects, counts, entries, never_queued, problems)
            for s, e in entries.items():
                if e["state"] != "uncertain":
                    problems.append("after flush %d: %s still %s (flush exit %d: %s)"
                                    % (i, s, e["state"], f.returncode, f.stderr.decode(errors="replace").strip()))

        time.sleep(0.5)
        counts = delivered(outdir)
        entries = outbox(args.binary, env)
        check("final", subjects, counts, entries, never_queued, problems)
        uncertain = [s for s, e in entries.items() if e["state"] == "uncertain"]
        unc_delivered = sum(1 for s in uncertain if counts.get(s, 0) == 1)
        once = sum(1 for s in subjects if counts.get(s, 0) == 1)

        print("kill -9 during `qourier send`: %d runs, seed %d, message %.1f MB, one send %.2f s"
              % (args.iterations, seed, os.path.getsize(attachment) * 4 / 3 / 1048576, full))
        print("where the kill landed:")
        for k, v in sorted(phases.items(), key=lambda kv: -kv[1]):
            print("  %-32s %d" % (k, v))
        print("right after the restart (before the flush):")
        for k, v in sorted(after_restart.items(), key=lambda kv: -kv[1]):
            print("  %-32s %d" % (k, v))
        print("after the flushes (server's record + outbox):")
        print("  delivered exactly once          %d" % once)
        print("  delivered twice or more         %d" % sum(1 for s in subjects if counts.get(s, 0) > 1))
        print("  uncertain, left to the person   %d (of which the server had %d)" % (len(uncertain), unc_delivered))
        print("  killed before the outbox had it %d (no SMTP byte sent)" % len(never_queued))
        print("  process exits                   %s" % ", ".join("%s: %d" % kv for kv in sorted(exits.items())))
        if problems:
            print("INVARIANT VIOLATED (%d):" % len(problems))
            for p in problems[:50]:
                print("  " + p)
            print("work directory kept: " + work)
            keep = True
            return 1
        print("invariant held: none lost, none delivered twice")
        return 0
    finally:
        if server:
            server.terminate()
            server.wait()
        if not keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
