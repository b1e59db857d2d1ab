#!/usr/bin/env python3
"""Types random keys into a real s75 in a pseudo-terminal: printable and control characters, escape
sequences, invalid and multi-byte UTF-8, pastes and resizes, into every pane, form and the grid.

Usage: fuzz_keys.py S75 FILE KEYS SEED. Prints one JSON line: {"exit": N, "restored": bool, "keys": N}.
The keys that quit (q, Ctrl-C, F10) are left out until the end, when the script leaves any form or grid
with Esc (and y, to discard a changed form) and quits with q.
"""
import fcntl
import json
import os
import pty
import random
import select
import signal
import struct
import sys
import termios
import time

s75, path, count, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(seed)

SEQUENCES = [b"\x1b[A", b"\x1b[B", b"\x1b[C", b"\x1b[D", b"\x1b[5~", b"\x1b[6~", b"\x1b[H", b"\x1b[F", b"\x1bOP", b"\x1bOQ",
             b"\x1b[Z", b"\x1b[3~", b"\x1b[2~", b"\x1b[15~", b"\x1b", b"\x1b[", b"\x1b[1;5C", b"\x1b[200~", b"\x1b[201~"]
COMMANDS = b"12345ejkgGhl[]<>uvmzZaAdEy\t\r\x7f"
UTF8 = ["é", "£", "—", "€", "🩺", "中", "ö", "\u0301"]
INVALID = [b"\xff", b"\xe9", b"\xc3", b"\xe2\x80", b"\x80", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80"]


def random_key():
    roll = rng.random()
    if roll < 0.30:
        return bytes([rng.choice(COMMANDS)])
    if roll < 0.50:
        return bytes([rng.choice(b"0123456789,.-()%kmK M")])
    if roll < 0.62:
        return rng.choice(SEQUENCES)
    if roll < 0.72:
        return bytes([rng.choice([c for c in range(1, 32) if c not in (3,)])])
    if roll < 0.80:
        return rng.choice(UTF8).encode()
    if roll < 0.86:
        return rng.choice(INVALID)
    if roll < 0.90:
        return bytes(rng.choice(b"abcdefhijklmnoprstuvwxyz ABCDEF0123456789") for _ in range(rng.randint(5, 60)))  # a paste
    return bytes([rng.choice(b"bcfinoprstwx")])


def set_size(fd, rows, cols):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


pid, fd = pty.fork()
if pid == 0:
    os.environ["TERM"] = "xterm-256color"
    os.environ["LANG"] = "C.UTF-8"
    os.execv(s75, [s75, "open", path])
set_size(fd, 30, 100)
output = bytearray()


def drain(timeout=0.0):
    while True:
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            return
        if not chunk:
            return
        output.extend(chunk)
        del output[:-200000]
        timeout = 0.0


# Keys go in only once s75 has drawn its first screen: before that the terminal is still cooked, and a Ctrl-\ among
# the random keys would be the line discipline's SIGQUIT, not a key (on a loaded machine start-up can take seconds).
started = time.time()
while b"\x1b[?1049h" not in output and b"\x1b[?47h" not in output and time.time() - started < 60:
    drain(0.1)
drain(0.3)
sent = 0
while sent < count:
    key = random_key()
    if key in (b"q", b"\x03", b"\x1b[21~"):
        continue
    try:
        os.write(fd, key)
    except OSError:
        break
    sent += 1
    if rng.random() < 0.004:
        set_size(fd, rng.randint(5, 60), rng.randint(20, 200))
        os.kill(pid, signal.SIGWINCH)
    drain(0.0 if sent % 50 else 0.01)


def settle(limit=60.0):
    """Reads until s75 has been quiet for 0.3 s: it has caught up with every key sent."""
    deadline = time.time() + limit
    while time.time() < deadline:
        before = len(output), bytes(output[-64:])
        drain(0.3)
        if (len(output), bytes(output[-64:])) == before:
            return


def wait_for_exit(seconds):
    """The exit status if s75 ends within `seconds`, else None."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        drain(0.1)
        done, raw = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(raw)
    return None


set_size(fd, 30, 100)
os.kill(pid, signal.SIGWINCH)
settle()
# Esc leaves help, a detail, the grid, a search and a question; y then discards a changed form; finally q quits.
# Each key waits until s75 has caught up, so that Esc and y never arrive together (they would read as Alt-y); on a
# loaded machine a pause can still look like quiet, so the round repeats until s75 has gone (two minutes at most).
status = None
deadline = time.time() + 120
while status is None and time.time() < deadline:
    for key in (b"\x1b", b"y", b"\x1b", b"y", b"\x1b", b"y"):
        os.write(fd, key)
        settle()
    os.write(fd, b"q")
    status = wait_for_exit(3)
    if status is None:  # on a loaded machine Esc and the key after it can arrive together (Alt-y), leaving q typed into
        os.write(fd, b"\x03")  # a form or the command line: Ctrl-C quits from anywhere
        status = wait_for_exit(3)
if status is None:
    sys.stderr.write("s75 did not quit; its last output: %r\n" % bytes(output[-600:]))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
tail = bytes(output[-400:])
print(json.dumps({"exit": status, "restored": b"\x1b[?1049l" in tail or b"\x1b[?47l" in tail, "keys": sent}))
