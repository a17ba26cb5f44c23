#!/usr/bin/env bash
# The long fault tier (./platform chaos): builds the Release services, starts a PRIVATE RabbitMQ node and
# PostgreSQL cluster (the broker and database faults stop them; the shared ones are never touched), runs
# chaos.mjs against them and removes everything again. Bounded to 10 minutes, builds included.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUDGET_S=600
TEARDOWN_S=20 # private infra down after the harness exits
cd "$ROOT/tests/e2e"
# Its services would outlive the private broker and database removed below: keep a stack only when running
# chaos.mjs yourself against infrastructure you keep.
unset CHAOS_KEEP
[ -d node_modules/ws ] || npm ci --no-audit --no-fund >/dev/null

INFRA_DIR="$(mktemp -d /tmp/platform-chaos.XXXXXX)"
chmod 755 "$INFRA_DIR" # the PostgreSQL cluster inside runs as the postgres user
infra_pid=""
# A start still in progress finishes first, so nothing it starts outlives the run.
cleanup() { [ -z "$infra_pid" ] || wait "$infra_pid" 2>/dev/null || true; "$ROOT/tests/chaos/private-infra.sh" down "$INFRA_DIR" || true; }
trap cleanup EXIT
# The private broker and database start while the services build (the build may first wait for the lock).
"$ROOT/tests/chaos/private-infra.sh" up "$INFRA_DIR" >"$INFRA_DIR/up.log" 2>&1 &
infra_pid=$!

# The harness starts the Release builds; make them current under the lock other builders share. Only the
# four services (services.slnf): the whole solution took up to 164 s of the 10 minutes on a busy box.
flock /tmp/platform-release-build.lock env -u PLATFORM_ARTIFACTS dotnet build "$ROOT/tests/chaos/services.slnf" -c Release -nologo -v q >/dev/null
echo "chaos: Release build done after ${SECONDS} s"
wait "$infra_pid" || { cat "$INFRA_DIR/up.log" >&2; echo "chaos: the private RabbitMQ/PostgreSQL did not start" >&2; exit 1; }
# shellcheck disable=SC1091
source "$INFRA_DIR/env"
export CHAOS_INFRA_DIR="$INFRA_DIR"
echo "chaos: private RabbitMQ and PostgreSQL up after ${SECONDS} s"

remaining=$((BUDGET_S - SECONDS - TEARDOWN_S))
[ "$remaining" -gt 120 ] || { echo "chaos: ${SECONDS}s spent before the run, no time left in the 10-minute budget" >&2; exit 1; }
# The harness plans its faults within CHAOS_BUDGET_MS; the timeout (TERM, then KILL) is the hard stop, and
# leaves it 40 s to print what it measured and stop its services.
export CHAOS_BUDGET_MS=$(( (remaining - 40) * 1000 ))
status=0
timeout --signal=TERM --kill-after=15 "$remaining" node "$ROOT/tests/chaos/chaos.mjs" "$@" || status=$?
cleanup
trap - EXIT
echo "chaos: wall time ${SECONDS} s (builds, private infrastructure and teardown included)"
exit "$status"
