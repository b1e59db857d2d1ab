#!/usr/bin/env bash
# Writes docs/man/*.1 (swift-argument-parser's manual plugin) and docs/man/s75.help.json (the
# command-line description the page is made from, which a test compares with the built binary's).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product s75 >/dev/null
swift package generate-manual --multi-page >/dev/null
rm -f docs/man/*.1
cp .build/plugins/GenerateManual/outputs/s75/*.1 docs/man/
"$(swift build --show-bin-path)/s75" --experimental-dump-help > docs/man/s75.help.json
echo "wrote docs/man/*.1 and docs/man/s75.help.json"
