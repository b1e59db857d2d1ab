#!/usr/bin/env python3
"""Checks that every change to an agreement file is in its audit trail.

Usage: audit_complete.py FILE ORIGINAL. Prints the integrity check, then the records that were changed or
added (against ORIGINAL, the file as it was) but have no audit row, one per line.
"""
import sqlite3
import sys

TABLES = {"partner": "partner", "contribution": "contribution", "schemeLine": "line", "provider": "provider",
          "contract": "contract", "metric": "metric"}


def records(path):
    db = sqlite3.connect("file:" + path + "?mode=ro", uri=True)
    found = {("agreement", "details"): db.execute("SELECT version FROM agreement").fetchone()[0]}
    for table, entity in TABLES.items():
        for key, version in db.execute(f"SELECT id, version FROM {table}"):
            found[(entity, key)] = version
    for line, period, version in db.execute("SELECT lineID, period, version FROM monitoringEntry"):
        found[("monitoring", f"{line} {period}")] = version
    return db, found


db, now = records(sys.argv[1])
_, before = records(sys.argv[2])
print(db.execute("PRAGMA integrity_check").fetchone()[0])
audited = set(db.execute("SELECT entity, entityID FROM audit").fetchall())
for key, version in sorted(now.items()):
    if (version > 1 or key not in before) and key not in audited:
        print(f"{key[0]} {key[1]}")
for key in sorted(set(before) - set(now)):
    if key not in audited:
        print(f"removed {key[0]} {key[1]}")
