#!/usr/bin/env bash
# Measures s75 as a user at a terminal meets it: time to first frame, latency and bytes per
# keystroke, and peak memory, with ptyprobe (../shared/tools/ptyprobe.py) in a pseudo-terminal.
# Prints the figures; asserts nothing. Usage: bash Benchmarks/run.sh [release|debug]
source "$(dirname "$0")/prepare.sh" "${1:-release}"
"$binary" new "$work/northmoor.s75" --sample northmoor >/dev/null

run() {
    local name="$1" size="$2" keys="$3"
    echo "== $name ($size, $config build)"
    python3 "$probe" --name "$name" --cols "${size%x*}" --rows "${size#*x}" --ready "Pool total" \
        --keys "$keys" --quit q --repeat 3 --json "$work/$name.json" -- "$binary" open "$work/northmoor.s75"
}

run "move-down" 80x24 "j*30 k*30"
run "switch-panes" 120x40 "TAB*12 1 2 3 4"
run "drill-in-out" 80x24 "j*7 ENTER ESC ENTER ESC 3 ENTER ESC"

echo "== data entry in the monthly grid (120x40, $config build)"
"$binary" new "$work/entry.s75" --sample northmoor >/dev/null
python3 Benchmarks/entry.py "$binary" "$work/entry.s75" --edits "${EDITS:-200}" --remote "${REMOTE:-20}"
