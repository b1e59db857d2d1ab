#!/usr/bin/env python3
"""How long an edit waits while a ledger import, then its removal, runs: the longest hold of the write lock another
session meets. An edit (one small write transaction, as the screen's save is) is made every 20 ms throughout, with a
busy timeout of a minute, and each one's wait is timed; the removal takes out the import just made. Prints the
figures; asserts nothing.

Usage: lockhold.py S75 FILE.s75 EXPORT.csv
"""
import sqlite3
import subprocess
import sys
import threading
import time


def edits_while(command, path):
    """Runs `command`, timing an edit every 20 ms until it ends: (its wall time, the waits in ms)."""
    waits = []
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    started = time.monotonic()
    connection = sqlite3.connect(path, timeout=60, isolation_level=None)
    n = 0
    while process.poll() is None:
        n += 1
        before = time.monotonic()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE monitoringEntry SET commentary = ? WHERE lineID = 'S02' AND period = '2025-12'", (f"edit {n}",))
        connection.execute("COMMIT")
        waits.append((time.monotonic() - before) * 1000)
        time.sleep(0.02)
    connection.close()
    return time.monotonic() - started, waits, process.returncode


def report(name, wall, waits, status):
    waits = sorted(waits)
    p95 = waits[int(len(waits) * 0.95)] if waits else 0
    print(f"{name}: {wall:.1f} s, exit {status}; {len(waits)} edits meanwhile, wait p50 {waits[len(waits) // 2] if waits else 0:.1f} ms, "
          f"p95 {p95:.1f} ms, longest {waits[-1] if waits else 0:.1f} ms")


def main():
    s75, path, export = sys.argv[1:4]
    wall, waits, status = edits_while([s75, "ledger", "import", path, export], path)
    report("import", wall, waits, status)
    newest = sqlite3.connect(path).execute("SELECT max(id) FROM ledgerBatch WHERE complete = 1").fetchone()[0]
    wall, waits, status = edits_while([s75, "ledger", "remove", path, str(newest)], path)
    report("remove", wall, waits, status)


if __name__ == "__main__":
    main()
