#!/usr/bin/env bash
# The long fault tier (./platform chaos starts RabbitMQ/PostgreSQL first): kill -9 of each service while
# 50 users stream messages, then exactly-once checks in PostgreSQL. Bounded to 10 minutes, builds included.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUDGET_S=600
cd "$ROOT/tests/e2e"
[ -d node_modules/ws ] || npm ci --no-audit --no-fund >/dev/null
# The harness starts the Release builds; make them current (incremental, one at a time).
for service in gateway ingest graph enrichment; do
  dotnet build "$ROOT/services/$service" -c Release -nologo -v q >/dev/null
done
remaining=$((BUDGET_S - SECONDS))
[ "$remaining" -gt 120 ] || { echo "chaos: builds took ${SECONDS}s, no time left in the 10-minute budget" >&2; exit 1; }
export CHAOS_BUDGET_MS=$(( (remaining - 20) * 1000 ))
exec timeout --signal=TERM "$remaining" node "$ROOT/tests/chaos/kill-restart.mjs" "$@"
