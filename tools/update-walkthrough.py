#!/usr/bin/env python3
"""Refreshes the screen captures in docs/walkthrough.md from the walk's screen snapshots (80x24).

Each "## N. Title" section's first code block is replaced by Tests/S75UITests/__Snapshots__/Screen/walk-N-80x24.txt;
the prose around the captures, and the sections after the steps, are left as they are."""
import pathlib
import re

root = pathlib.Path(__file__).resolve().parent.parent
doc = root / "docs" / "walkthrough.md"
snapshots = root / "Tests" / "S75UITests" / "__Snapshots__" / "Screen"


def capture(match: re.Match) -> str:
    step = match.group(2)
    text = "\n".join(line.rstrip() for line in (snapshots / f"walk-{step}-80x24.txt").read_text().rstrip("\n").split("\n"))
    return f"{match.group(1)}```\n{text}\n```"


steps, marker, rest = doc.read_text().partition("\n## Recording a decision")  # the steps come first; examples after
steps = re.sub(r"(## (\d+)\. [^\n]*\n(?:(?!```)[^\n]*\n)*?)```\n.*?\n```", capture, steps, flags=re.S)
doc.write_text(steps + marker + rest)
print(f"updated {doc.relative_to(root)}")
