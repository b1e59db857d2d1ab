#!/usr/bin/env bash
# The ledger at scale: generates a year of Northmoor's general ledger (1,000,000 rows unless --rows says otherwise),
# imports it, and measures the Spend pane with ptyprobe in a 120x40 pseudo-terminal beside less -S and VisiData on the
# same CSV with the same keys; then sorting, filtering and drilling into a line, and one row move on every pane.
# Also imports a month (a twelfth as many rows) into the imported year. Prints the figures and the ratios; asserts
# nothing. IMPORT_ONLY=1 stops after the imports (for ten million rows, where the screens' comparison takes long).
# Usage: bash Benchmarks/ledger.sh [--rows N] [release|debug]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=1000000
repeat="${REPEAT:-3}"  # runs per measurement; CI takes 1
config=release
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) rows="$2"; shift 2 ;;
        release|debug) config="$1"; shift ;;
        *) echo "usage: bash Benchmarks/ledger.sh [--rows N] [release|debug]" >&2; exit 2 ;;
    esac
done
probe="${PTYPROBE:-../shared/tools/ptyprobe.py}"
[ -f "$probe" ] || { echo "ptyprobe not found at $probe (set PTYPROBE=path)" >&2; exit 2; }
swift build -c "$config" --product s75 >/dev/null
s75="$(swift build -c "$config" --show-bin-path)/s75"
work="$(mktemp -d)"
sshd_pid=""
trap '[ -n "$sshd_pid" ] && kill "$sshd_pid" 2>/dev/null; rm -rf "$work"' EXIT

echo "== generating $rows rows"
python3 Benchmarks/generate_ledger.py "$work/gl.csv" --rows "$rows" --rules "$work/rules.toml" >/dev/null
"$s75" new "$work/ruled.s75" --sample northmoor >/dev/null
"$s75" ledger rules "$work/ruled.s75" "$work/rules.toml" >/dev/null

# each run imports into a fresh copy of the file with its rules; the generator's output is flushed to disk first, so
# that the kernel writing it back is not counted against the import
echo "== import ($config build), $repeat run(s)"
for run in $(seq "$repeat"); do
    rm -f "$work/n.s75" "$work/n.s75-wal" "$work/n.s75-shm"
    cp "$work/ruled.s75" "$work/n.s75"
    sync
    /usr/bin/time -f "import run $run: %e s wall, peak memory %M KB" "$s75" ledger import "$work/n.s75" "$work/gl.csv" 2>&1 | tail -2
done

# a month's export into the year just imported: its cost should follow its own rows, not the year's
month_rows=$((rows / 12))
python3 Benchmarks/generate_ledger.py "$work/month.csv" --rows "$month_rows" --seed 76 --start 2026-03-01 --days 31 >/dev/null
echo "== a month ($month_rows rows) into the year ($config build), $repeat run(s)"
for run in $(seq "$repeat"); do
    cp "$work/n.s75" "$work/m.s75"
    sync
    /usr/bin/time -f "month run $run: %e s wall, peak memory %M KB" "$s75" ledger import "$work/m.s75" "$work/month.csv" 2>&1 | tail -2
    rm -f "$work/m.s75" "$work/m.s75-wal" "$work/m.s75-shm"
done
[ "${IMPORT_ONLY:-0}" = 1 ] && exit 0

# the search index, which sessions otherwise build in the background while these figures are taken
echo "== the search index of the year ($config build)"
/usr/bin/time -f "index: %e s wall, peak memory %M KB" "$s75" ledger index "$work/n.s75" 2>&1 | tail -2
ls -l "$work/n.s75" | awk '{printf "file with the index: %.0f MB\n", $5 / 1e6}'

# VisiData from PyPI, in a virtual environment of its own; without it the comparison goes on without VisiData
venv="${XDG_CACHE_HOME:-$HOME/.cache}/s75-bench/visidata"
if [ ! -x "$venv/bin/vd" ]; then
    python3 -m venv "$venv" >/dev/null 2>&1 && "$venv/bin/pip" install -q --timeout 15 --retries 1 visidata >/dev/null 2>&1 \
        || echo "VisiData could not be installed from PyPI into $venv; measuring without it."
fi

# a real sshd on loopback, so that s75 is also measured as a commissioner meets it over ssh (skipped without sshd)
ssh_cmd=""
if [ -x /usr/sbin/sshd ]; then
    port=$((20000 + $$ % 20000))
    ssh-keygen -q -t ed25519 -N "" -f "$work/host" && ssh-keygen -q -t ed25519 -N "" -f "$work/client"
    cp "$work/client.pub" "$work/authorized_keys"
    mkdir -p /run/sshd
    printf '%s\n' "Port $port" "ListenAddress 127.0.0.1" "HostKey $work/host" "AuthorizedKeysFile $work/authorized_keys" \
        "PidFile $work/sshd.pid" "StrictModes no" "PasswordAuthentication no" "PermitRootLogin yes" "UsePAM no" > "$work/sshd_config"
    /usr/sbin/sshd -D -e -f "$work/sshd_config" 2>/dev/null &
    sshd_pid=$!
    ssh_cmd="ssh -tt -p $port -i $work/client -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR $(id -un)@127.0.0.1"
    for _ in $(seq 50); do $ssh_cmd true </dev/null >/dev/null 2>&1 && break; sleep 0.1; done
else
    echo "sshd is not installed (apt-get install openssh-server); measuring without s75 over ssh."
fi

python3 - "$work" "$s75" "$venv/bin/vd" "$ssh_cmd" <<'PY'
import json, sys, os
work, s75, vd, ssh = sys.argv[1:]
keys = "j*200 PGDN*20"
targets = [
    {"name": "s75", "cmd": [s75, "open", f"{work}/n.s75", "--pane", "spend"], "ready": "Spend —"},
    {"name": "less", "cmd": ["less", "-S", f"{work}/gl.csv"], "ready": "posting_date"},
]
if ssh:
    targets.append({"name": "s75-ssh", "cmd": ssh.split() + [f"LANG=C.UTF-8 TERM=xterm-256color {s75} open {work}/n.s75 --pane spend"],
                    "ready": "Spend —"})
if os.access(vd, os.X_OK):
    targets.append({"name": "visidata", "cmd": [vd, f"{work}/gl.csv"], "ready": "posting_date", "quit": "gq"})
suite = {"repeat": int(os.environ.get("REPEAT", "3")), "baseline": "s75", "defaults": {"cols": 120, "rows": 40, "keys": keys, "quit": "q"}, "targets": targets}
json.dump(suite, open(f"{work}/suite.json", "w"))
PY
echo "== the Spend pane (also over ssh on loopback) beside less -S and VisiData: $rows rows, keys j*200 PGDN*20, 120x40"
REPEAT="$repeat" python3 "$probe" --suite "$work/suite.json" --json "$work/suite-result.json" >/dev/null

probe_s75() {  # name, setup keys, timed keys, [pane]
    python3 "$probe" --name "$1" --cols 120 --rows 40 --ready "Pool total" --setup "$2" --keys "$3" --quit q --repeat "$repeat" --key-timeout-ms 30000 \
        --json "$work/$1.json" -- "$s75" open "$work/n.s75" >/dev/null 2>&1
}
probe_s75 sort-amount "7 WAIT:500" ": sort SPACE amount ENTER"
probe_s75 filter-supplier "7 WAIT:500" ": filter SPACE supplier=care ENTER"
probe_s75 filter-text "7 WAIT:500" ": filter SPACE text=care ENTER"
probe_s75 filter-rare "7 WAIT:500" ": filter SPACE text=zzzz ENTER"
probe_s75 filter-invoice "7 WAIT:500" ": filter SPACE text=INV0000039 ENTER"
probe_s75 drill-s03 "j*8" "t"
for pane in 1 2 3 4 5 6 7 8; do probe_s75 "pane-$pane" "$pane WAIT:300" "$(printf "j k %.0s" {1..15})"; done

python3 - "$work" "$rows" <<'PY'
import json, sys
work, rows = sys.argv[1], int(sys.argv[2])
suite = json.load(open(f"{work}/suite-result.json"))
def med(name, key):
    for t in suite["targets"]:
        if t["name"] == name: return t["median"].get(key)
names = [t["name"] for t in suite["targets"]]
print(f"\n{'figure':42} " + " ".join(f"{n:>10}" for n in names) + "   ratios to s75")
def row(label, key, unit=""):
    values = [med(n, key) for n in names]
    base = values[0]
    ratios = " ".join(f"{n} {v / base:.1f}x" for n, v in zip(names[1:], values[1:]) if v is not None and base)
    print(f"{label:42} " + " ".join(f"{v:>10.1f}" if v is not None else f"{'—':>10}" for v in values) + f"   {ratios}")
row("first stable frame, ms", "startup.stable_frame_ms")
row("j: visible change p95, ms", "keys.j.vis_ms_p95")
row("j: bytes per press (median)", "keys.j.bytes_median")
row("PgDn: visible change p95, ms", "keys.PGDN.vis_ms_p95")
row("PgDn: bytes per press (median)", "keys.PGDN.bytes_median")
row("peak resident memory, KB", "peak_rss_kb")
def one(name, key):
    return json.load(open(f"{work}/{name}.json"))["targets"][0]["median"].get(key)
print(f"\ns75 with {rows} rows (medians, ms until the screen changed):")
print(f"  sort by amount (Enter of :sort amount)     {one('sort-amount', 'keys.ENTER.vis_ms_median'):8.1f}")
print(f"  filter by supplier text (Enter of :filter) {one('filter-supplier', 'keys.ENTER.vis_ms_median'):8.1f}")
print(f"  filter by any text, first rows (text=care) {one('filter-text', 'keys.ENTER.vis_ms_median'):8.1f}")
print(f"  filter by text found nowhere (text=zzzz)   {one('filter-rare', 'keys.ENTER.vis_ms_median'):8.1f}")
print(f"  filter by an invoice (text=INV0000039)     {one('filter-invoice', 'keys.ENTER.vis_ms_median'):8.1f}")
print(f"  drill into S03 (t on its Budgets line)     {one('drill-s03', 'keys.t.vis_ms_median'):8.1f}")
print("\nOne row down (j) on every pane: p95 ms, bytes per press (median), peak memory KB")
titles = ["Agreement", "Budgets", "Providers", "Outcomes", "Decisions", "Audit", "Spend", "Mapping"]
for n, title in enumerate(titles, 1):
    m = json.load(open(f"{work}/pane-{n}.json"))["targets"][0]["median"]
    print(f"  {title:10} {m.get('keys.j.vis_ms_p95') or 0:8.2f} {m.get('keys.j.bytes_median') or 0:8.0f} {m.get('peak_rss_kb') or 0:10.0f}")
PY
