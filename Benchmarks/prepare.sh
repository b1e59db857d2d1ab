# Sourced by the benchmarks: builds s75 in the configuration given ($1: release or debug, release by default) and sets
# `config`, `probe` (ptyprobe's path), `binary` and `work` (a folder removed on exit).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
config="${1:-release}"
probe="${PTYPROBE:-../shared/tools/ptyprobe.py}"
[ -f "$probe" ] || { echo "ptyprobe not found at $probe (set PTYPROBE=path)" >&2; exit 2; }
swift build -c "$config" --product s75 >/dev/null
binary="$(swift build -c "$config" --show-bin-path)/s75"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
