#!/usr/bin/env bash
# A region under load, and a fault: SESSIONS writers (processes through the store gateway) editing returns across
# AGREEMENTS agreements on one PostgreSQL server made by `s75 server init`, and beside them SCREENS real s75 screens in
# tmux typing SCREEN_EDITS figures each into the monthly grid (Benchmarks/region-screens.py), with the postmaster killed
# (kill -9) and started again part way (FAULT=0 to leave it). Prints each save's p50/p95, conflicts, edits met by the
# broken link, lost updates, edits made twice and audit rows missing, and the screens' Enter → Saved times and whether
# each figure they saved is in the trail once. Figures only; nothing asserted.
#
#   bash Benchmarks/region.sh [release|debug]       AGREEMENTS=10 SESSIONS=50 EDITS=40 SCREENS=5 SCREEN_EDITS=20 FAULT=1
set -euo pipefail
cd "$(dirname "$0")/.."
config="${1:-release}"
AGREEMENTS="${AGREEMENTS:-10}" SESSIONS="${SESSIONS:-50}" EDITS="${EDITS:-40}" FAULT="${FAULT:-1}"
SCREENS="${SCREENS:-5}" SCREEN_EDITS="${SCREEN_EDITS:-20}"
command -v tmux >/dev/null || { echo "no tmux (apt-get install tmux): no screens"; SCREENS=0; }
[ "$SCREENS" -le "$AGREEMENTS" ] || SCREENS="$AGREEMENTS"
swift build -c "$config" --product s75 >/dev/null
swift build -c "$config" --product s75-store-probe >/dev/null
bin=".build/$config"
work="$(mktemp -d)"
chmod 755 "$work"
region="$work/region"
url="postgresql:///s75?host=$region"
trap '"$bin/s75" server stop "$region" >/dev/null 2>&1 || true; [ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
"$bin/s75" server init "$region" >/dev/null
"$bin/s75" new "$work/n.s75" --sample northmoor >/dev/null
for k in $(seq 1 "$AGREEMENTS"); do "$bin/s75" move "$work/n.s75" "$url&agreement=load-$k" >/dev/null; done
lines=(S01a S02 S03)   # about 1.7 writers a return: some meet each other's edits
query() { psql -h "$region" -d s75 -XAtq -c "$1"; }
query "SELECT agreement || ' ' || split_part(id, ' ', 1) || ' ' || (body->'entry'->>'actualToDatePence')
       FROM s75.record WHERE entity = 'monitoring' AND id LIKE '% 2025-12'" > "$work/before"

echo "== $SESSIONS writers x $EDITS edits across $AGREEMENTS agreements ($config build)$([ "$FAULT" = 1 ] && echo ', postmaster killed and restarted part way')"
started=$(date +%s.%N)
pids=()
for i in $(seq 0 $((SESSIONS - 1))); do
    agreement="load-$(( i % AGREEMENTS + 1 ))" line="${lines[$(( (i / AGREEMENTS) % ${#lines[@]} ))]}"
    echo "$agreement $line" > "$work/w$i.target"
    "$bin/s75-store-probe" "$url&agreement=$agreement" "w$i" "$line" "$EDITS" > "$work/w$i.out" 2> "$work/w$i.err" &
    pids+=($!)
done
screens=""
if [ "$SCREENS" -gt 0 ]; then
    python3 Benchmarks/region-screens.py "$PWD/$bin/s75" "$url" "$SCREENS" "$SCREEN_EDITS" > "$work/screens.out" &
    screens=$!
fi
if [ "$FAULT" = 1 ]; then
    sleep 1.5
    postmaster="$(head -1 "$region/data/postmaster.pid")"
    kill -9 "$postmaster"
    echo "killed the postmaster ($postmaster) at $(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')") s"
    sleep 1
    # a killed postmaster leaves its children to notice and end; start again once they have
    for _ in $(seq 1 50); do pgrep -u postgres -f "postgres: .*$region" >/dev/null 2>&1 || break; sleep 0.2; done
    "$bin/s75" server start "$region" >/dev/null
    echo "started again at $(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')") s"
fi
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
elapsed=$(python3 -c "print(f'{$(date +%s.%N) - $started:.1f}')")
[ -z "$screens" ] || { wait "$screens" || true; cat "$work/screens.out"; }
query "SELECT agreement || ' ' || split_part(id, ' ', 1) || ' ' || (body->'entry'->>'actualToDatePence')
       FROM s75.record WHERE entity = 'monitoring' AND id LIKE '% 2025-12'" > "$work/after"
query "SELECT new->'entry'->>'commentary' FROM s75.audit WHERE entity = 'monitoring' AND new->'entry'->>'commentary' LIKE 'w%'" > "$work/audited"

python3 - "$work" "$SESSIONS" "$EDITS" "$failed" "$elapsed" <<'EOF'
import collections, statistics, sys
work, sessions, edits, failed, elapsed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
def figures(name):
    return {" ".join(l.split()[:2]): int(l.split()[2]) for l in open(f"{work}/{name}") if l.strip()}
before, after = figures("before"), figures("after")
took, counts, made = [], collections.Counter(), collections.Counter()
for i in range(sessions):
    target = open(f"{work}/w{i}.target").read().strip()
    for line in open(f"{work}/w{i}.out"):
        word = line.split()
        counts[word[0]] += 1
        if word[0] in ("saved", "found"): made[target] += 1
        if word[0] == "saved": took.append(float(word[3].split("=")[1]))
lost = sum(max(0, before[t] + n - after[t]) for t, n in made.items())
twice = sum(max(0, after[t] - before[t] - n) for t, n in made.items())
audited = collections.Counter(l.strip() for l in open(f"{work}/audited") if l.strip())
acknowledged = counts["saved"] + counts["found"]
took.sort()
p = lambda q: took[min(len(took) - 1, int(q * len(took)))] if took else float("nan")
print(f"edits made: {acknowledged} of {sessions * edits} in {elapsed} s ({counts['saved']} saved, {counts['found']} found made after the link broke); "
      f"writers that stopped: {failed}")
print(f"save: p50 {p(0.5):.1f} ms, p95 {p(0.95):.1f} ms, max {took[-1] if took else float('nan'):.1f} ms")
print(f"conflicts reported: {counts['conflict']}; edits met by the broken link: {counts['unreachable']}")
print(f"lost updates: {lost}; edits made twice: {twice + sum(n - 1 for n in audited.values() if n > 1)}; "
      f"audit rows missing: {max(0, acknowledged - len(audited))}")
EOF
