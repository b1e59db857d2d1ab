#!/usr/bin/env bash
# The ledger on a region's server beside the same ledger in a file: generates ROWS rows (1,000,000 unless told) with
# their mapping rules, imports them into an agreement file, then into AGREEMENTS agreements on a server made by
# `s75 server init` (each import streamed through COPY), printing the time per million rows of each; then measures the
# Spend pane through the server beside the file with ptyprobe (120x40, keys j*200 PGDN*20). Figures only.
#
#   bash Benchmarks/region-ledger.sh [release|debug]      ROWS=1000000 AGREEMENTS=10 REPEAT=3
set -euo pipefail
cd "$(dirname "$0")/.."
config="${1:-release}"
ROWS="${ROWS:-1000000}" AGREEMENTS="${AGREEMENTS:-10}" REPEAT="${REPEAT:-3}"
probe="${PTYPROBE:-../shared/tools/ptyprobe.py}"
swift build -c "$config" --product s75 >/dev/null
s75="$(swift build -c "$config" --show-bin-path)/s75"
work="$(mktemp -d)"
chmod 755 "$work"
region="$work/region"
url="postgresql:///s75?host=$region"
trap '"$s75" server stop "$region" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
per_million() { python3 -c "print(f'{$1 / $ROWS * 1e6:.2f}')"; }
timed() { local t0 t1; t0=$(date +%s.%N); "$@" >/dev/null; t1=$(date +%s.%N); python3 -c "print(f'{$t1 - $t0:.2f}')"; }

python3 Benchmarks/generate_ledger.py "$work/gl.csv" --rows "$ROWS" --rules "$work/rules.toml" >/dev/null
"$s75" new "$work/ruled.s75" --sample northmoor >/dev/null
"$s75" ledger rules "$work/ruled.s75" "$work/rules.toml" >/dev/null
cp "$work/ruled.s75" "$work/n.s75"
sync
file_s=$(timed "$s75" ledger import "$work/n.s75" "$work/gl.csv")
echo "== $ROWS rows ($config build)"
echo "into a file (SQLite): $file_s s, $(per_million "$file_s") s a million"

"$s75" server init "$region" >/dev/null
for k in $(seq 1 "$AGREEMENTS"); do
    "$s75" move "$work/ruled.s75" "$url&agreement=ledger-$k" >/dev/null
    server_s=$(timed "$s75" ledger import "$url&agreement=ledger-$k" "$work/gl.csv")
    echo "into agreement $k of $AGREEMENTS on the server (COPY): $server_s s, $(per_million "$server_s") s a million"
done
echo "the server's database: $(psql -h "$region" -d s75 -XAtqc "SELECT pg_size_pretty(pg_database_size('s75'))")"

[ -f "$probe" ] || { echo "ptyprobe not found at $probe (set PTYPROBE=path); the panes are not measured"; exit 0; }
python3 - "$work" "$s75" "$url&agreement=ledger-1" "$REPEAT" <<'PY'
import json, sys
work, s75, server, repeat = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
targets = [{"name": "file", "cmd": [s75, "open", f"{work}/n.s75", "--pane", "spend"], "ready": "Spend —"},
           {"name": "server", "cmd": [s75, "open", server, "--pane", "spend"], "ready": "Spend —"}]
json.dump({"repeat": repeat, "baseline": "file", "defaults": {"cols": 120, "rows": 40, "keys": "j*200 PGDN*20", "quit": "q"},
           "targets": targets}, open(f"{work}/suite.json", "w"))
PY
python3 "$probe" --suite "$work/suite.json" --json "$work/result.json" >/dev/null
python3 - "$work" <<'PY'
import json, sys
result = json.load(open(f"{sys.argv[1]}/result.json"))
print(f"\nthe Spend pane, 120x40 {'':20} {'file':>10} {'server':>10}")
for label, key in [("first stable frame, ms", "startup.stable_frame_ms"), ("j: visible change p95, ms", "keys.j.vis_ms_p95"),
                   ("PgDn: visible change p95, ms", "keys.PGDN.vis_ms_p95"), ("peak resident memory, KB", "peak_rss_kb")]:
    values = [t["median"].get(key) for t in result["targets"]]
    print(f"{label:42} " + " ".join(f"{v:>10.1f}" if v is not None else f"{'—':>10}" for v in values))
PY
