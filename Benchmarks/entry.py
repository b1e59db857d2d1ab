#!/usr/bin/env python3
"""Measures data entry as a finance officer meets it: the time from a digit typed into the monthly grid of a real s75
in a pseudo-terminal to its echo in the cell, from Enter to "Saved" on the screen (each edit durable:
synchronous=FULL), and until a second s75 process on the same file shows the new figure.

Usage: entry.py S75 FILE [--edits N] [--remote M]. Prints the figures (p50, p95, max); asserts nothing.
Screens are read with the terminal model of ../shared/tools/ptyprobe.py.
"""
import argparse
import fcntl
import importlib.util
import os
import pathlib
import pty
import select
import signal
import struct
import sys
import termios
import time

here = pathlib.Path(__file__).resolve().parent
probe_path = pathlib.Path(os.environ.get("PTYPROBE", here.parent.parent / "shared" / "tools" / "ptyprobe.py"))
spec = importlib.util.spec_from_file_location("ptyprobe", probe_path)
ptyprobe = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ptyprobe)

parser = argparse.ArgumentParser()
parser.add_argument("s75")
parser.add_argument("file")
parser.add_argument("--edits", type=int, default=200)
parser.add_argument("--remote", type=int, default=20)
args = parser.parse_args()
ROWS, COLS = 40, 120


class Session:
    """One s75 in a pseudo-terminal, with a model of its screen."""

    def __init__(self):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ.update(TERM="xterm-256color", LANG="C.UTF-8")
            os.execv(args.s75, [args.s75, "open", args.file])
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.screen = ptyprobe.Screen(ROWS, COLS)

    def pump(self, timeout):
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if ready:
            try:
                self.screen.feed(os.read(self.fd, 65536))
            except OSError:  # the program has ended and closed the terminal
                time.sleep(timeout)

    def wait_for(self, test, limit=10.0):
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if test(self.screen.text()):
                return time.monotonic()
            self.pump(0.005)
        raise SystemExit(f"timed out waiting; the screen was:\n" + "\n".join(self.screen.text()))

    def send(self, data):
        os.write(self.fd, data)

    def quit(self):
        self.send(b"\x1b\x1bq")
        for _ in range(200):
            self.pump(0.01)
            if os.waitpid(self.pid, os.WNOHANG)[0]:
                return
        os.kill(self.pid, signal.SIGKILL)


def row(text, line_id):
    return next((line for line in text if line.lstrip("▸ ").startswith(line_id + " ")), "")


def figures(samples):
    ordered = sorted(samples)
    pick = lambda p: ordered[min(len(ordered) - 1, int(p * len(ordered)))]
    return f"p50 {pick(0.5) * 1000:7.1f} ms   p95 {pick(0.95) * 1000:7.1f} ms   max {ordered[-1] * 1000:7.1f} ms   (n={len(ordered)})"


editor, viewer = Session(), Session()
for session in (editor, viewer):
    session.wait_for(lambda t: any("Pool total" in line for line in t))
editor.send(b"j" * 7 + b"e")
editor.wait_for(lambda t: any("Monitoring return" in line for line in t))
typed, saved, seen = [], [], []
for i in range(args.edits):
    value = str(2001 + i)
    for count in range(1, len(value) + 1):
        start = time.monotonic()
        editor.send(value[count - 1].encode())
        typed.append(editor.wait_for(lambda t: value[:count] + "▏" in row(t, "S02")) - start)
    start = time.monotonic()
    editor.send(b"\r")
    saved.append(editor.wait_for(lambda t: any("Saved: S02" in line for line in t)) - start)
    if i < args.remote:
        shown = f"{value[0]},{value[1:]}"
        seen.append(viewer.wait_for(lambda t: shown in row(t, "S02"), limit=5.0) - start)
    else:
        viewer.pump(0)
    editor.send(b"\x1bOA")  # Up, as xterm sends it in keypad-transmit mode
    editor.wait_for(lambda t: not any("Saved: S02" in line for line in t))
editor.quit()
viewer.quit()
print(f"A digit to its echo in the grid cell:                  {figures(typed)}")
print(f"Enter to Saved on screen (durable, synchronous=FULL): {figures(saved)}")
print(f"Enter to the figure on another process's screen:      {figures(seen)}")
