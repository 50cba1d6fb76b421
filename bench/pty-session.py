#!/usr/bin/env python3
"""Drives a command in a pseudo-terminal through steps and reports its peak memory.

usage: pty-session.py STEPS_JSON COMMAND [ARGS...]
STEPS_JSON is a list of ["wait", text] and ["keys", text] steps. Prints one JSON line
{"ms": [ms at each wait], "peakRssKb": VmHWM of the command}; exits 1 when a wait times out (10 s).
"""
import fcntl, json, os, pty, select, signal, struct, sys, termios, time

steps = json.loads(sys.argv[1])
start = time.perf_counter()
pid, fd = pty.fork()
if pid == 0:
    os.environ.setdefault("TERM", "xterm-256color")
    os.execvp(sys.argv[2], sys.argv[2:])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))  # 40 rows × 120 columns

seen = b""
times = []
ok = True
for kind, text in steps:
    if kind == "keys":
        os.write(fd, text.encode())
        continue
    marker = text.encode()
    seen = b""
    deadline = time.perf_counter() + 10
    while marker not in seen and time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    if marker not in seen:
        ok = False
        break
    times.append(round((time.perf_counter() - start) * 1000, 1))

peak = 0
with open(f"/proc/{pid}/status") as status:
    for line in status:
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1])
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
print(json.dumps({"ms": times, "peakRssKb": peak}))
sys.exit(0 if ok else 1)
