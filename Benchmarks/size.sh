#!/usr/bin/env bash
# Measures s75 at agreements of growing size: the Northmoor sample scaled to 20, 200, 1,000 and 5,000 scheme lines
# (providers, contracts and metrics in proportion, twelve returns a line; Benchmarks/generate_agreement.py), at 120x40.
# For each size it prints the import of the JSON document, the JSON report, the first frame, `j` on Budgets, a walk
# step, a digit in the grid, Enter to "Saved", another session showing the edit, and peak memory; then the slope of each
# between the two largest sizes (2.0 means it doubled when the lines doubled). Prints figures; asserts nothing.
# Usage: bash Benchmarks/size.sh [release|debug]   (SIZES="20 200" to choose the sizes, EDITS=N for the grid)
source "$(dirname "$0")/prepare.sh" "${1:-release}"
"$binary" new "$work/northmoor.s75" --sample northmoor >/dev/null
"$binary" export "$work/northmoor.s75" >"$work/northmoor.json"

seconds() { /usr/bin/time -f %e -o "$work/seconds" "$@" >/dev/null; cat "$work/seconds"; }
probe() {  # name, text on the first frame, keys, command...: ptyprobe's figures for one run, as JSON in $work/name.json
    local name="$1" ready="$2" keys="$3"; shift 3
    python3 "$probe" --name "$name" --cols 120 --rows 40 --ready "$ready" --keys "$keys" --quit "ESC ESC q" \
        --json "$work/$name.json" -- "$@" 2>/dev/null
}
keys() {  # the label, a run's JSON and a file of figures to add to: first frame, the key's p50 and p95, peak memory
    python3 - "$@" <<'PY'
import json, sys
label, path = sys.argv[1], sys.argv[2]
run = json.load(open(path))["targets"][0]["median"]
key = next(k.split(".")[1] for k in run if k.startswith("keys.") and k.endswith(".vis_ms_median"))
with open(sys.argv[3], "a") as figures:
    figures.write(f"{label} first frame ms\t{run['startup.stable_frame_ms']}\n{label} p50 ms\t{run[f'keys.{key}.vis_ms_median']}\n")
print(f"{label}: first frame {run['startup.stable_frame_ms']:.0f} ms; key p50 {run[f'keys.{key}.vis_ms_median']:.1f} ms, "
      f"p95 {run[f'keys.{key}.vis_ms_p95']:.1f} ms; peak memory {run['peak_rss_kb'] / 1024:.1f} MB")
PY
}

for lines in ${SIZES:-20 200 1000 5000}; do
    file="$work/a$lines.s75"
    python3 Benchmarks/generate_agreement.py "$lines" <"$work/northmoor.json" >"$work/a$lines.json"
    import_s=$(seconds "$binary" import "$work/a$lines.json" "$file")
    report_s=$(seconds "$binary" report "$file" --format json)
    probe "j-$lines" "Pool total" "j*40" "$binary" open "$file"
    probe "walk-$lines" "Board walk" "SPACE*10" "$binary" walk "$file"
    cp "$file" "$work/entry.s75"
    echo "== $lines lines ($config build, 120x40)"
    echo "import of the JSON document: $import_s s; report --format json: $report_s s"
    printf 'import s\t%s\nreport s\t%s\n' "$import_s" "$report_s" >"$work/figures-$lines"
    keys "j on Budgets" "$work/j-$lines.json" "$work/figures-$lines"
    keys "walk step" "$work/walk-$lines.json" "$work/figures-$lines"
    python3 Benchmarks/entry.py "$binary" "$work/entry.s75" --edits "${EDITS:-20}" --remote "${REMOTE:-5}" | tee "$work/entry-$lines"
    sed -E 's/^([^:]+):[[:space:]]+p50[[:space:]]+([0-9.]+) ms.*/\1 p50 ms\t\2/' "$work/entry-$lines" >>"$work/figures-$lines"
done

# How each figure grows between the two largest sizes: the exponent of lines (0 stays flat, 1 is linear, 2 the square).
python3 - "$work" ${SIZES:-20 200 1000 5000} <<'PY'
import math, sys
folder, sizes = sys.argv[1], [int(n) for n in sys.argv[2:]]
if len(sizes) < 2:
    sys.exit()
small, large = sizes[-2], sizes[-1]
read = lambda n: dict(line.rstrip("\n").split("\t") for line in open(f"{folder}/figures-{n}") if "\t" in line)
before, after = read(small), read(large)
print(f"== growth from {small} to {large} lines (exponent of the lines: 0 flat, 1 linear, 2 square)")
for name, value in after.items():
    if name in before and float(before[name]) > 0 and float(value) > 0:
        print(f"{name}: {math.log(float(value) / float(before[name])) / math.log(large / small):.2f}")
PY
