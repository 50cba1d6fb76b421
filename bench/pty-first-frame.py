#!/usr/bin/env python3
"""Starts a command in a pseudo-terminal and prints the milliseconds until `marker` appears in its output.

usage: pty-first-frame.py MARKER COMMAND [ARGS...]
Prints one JSON line {"ms": ..., "peakRssKb": ...}; exits 1 if the marker does not appear in 10 s.
"""
import json, os, pty, select, signal, sys, time

marker = sys.argv[1].encode()
start = time.perf_counter()
pid, fd = pty.fork()
if pid == 0:
    os.environ.setdefault("TERM", "xterm-256color")
    os.environ["COLUMNS"], os.environ["LINES"] = "120", "40"
    os.execvp(sys.argv[2], sys.argv[2:])

seen = b""
ms = None
deadline = start + 10
while time.perf_counter() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.05)
    if not ready:
        continue
    try:
        chunk = os.read(fd, 65536)
    except OSError:
        break
    if not chunk:
        break
    seen += chunk
    if marker in seen:
        ms = (time.perf_counter() - start) * 1000
        break

peak = 0
try:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1])
except OSError:
    pass
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
print(json.dumps({"ms": ms, "peakRssKb": peak}))
sys.exit(0 if ms is not None else 1)
