#!/usr/bin/env bash
# The two PostgreSQL clients s75 could use, side by side on one server made by `s75 server init`: libpq (Debian's, as
# s75 uses it) and PostgresNIO, each connecting over the socket, saving as s75 saves and reading a page by key COUNT
# times (Benchmarks/ServerClients). Prints p50/p95 for each. Not run by CI: PostgresNIO takes minutes to build.
#
#   bash Benchmarks/server-clients.sh       COUNT=2000
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${COUNT:-2000}"
swift build -c release --product s75 >/dev/null
started=$(date +%s)
swift build -c release --package-path Benchmarks/ServerClients >/dev/null
echo "built the clients in $(( $(date +%s) - started )) s (release; a first build compiles SwiftNIO and PostgresNIO)"
work="$(mktemp -d)"
chmod 755 "$work"
trap '.build/release/s75 server stop "$work/region" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
.build/release/s75 server init "$work/region" >/dev/null
Benchmarks/ServerClients/.build/release/server-clients "$work/region" "$COUNT"
