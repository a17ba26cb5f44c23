#!/usr/bin/env bash
# The benchmarks: builds everything (Release), runs the ceilings, the peers and the platform's scenarios,
# prints ONE markdown table, writes bench/results/<timestamp>.json and bench/results/latest.md.
#   bench/run.sh            the full run (under 15 minutes on a 2-core machine)
#   bench/run.sh --quick    small numbers (~2-5 minutes): checks the harness, not the platform
#   bench/run.sh --only live,snapshot   a subset (ceilings, peers, push, live, growth, snapshot, connections)
#   bench/run.sh --no-build  reuse the last Release build
# ./platform bench calls this after starting RabbitMQ and PostgreSQL.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
LOGS="$ROOT/.platform/bench"
mkdir -p "$LOGS" "$ROOT/bench/results"
log() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

QUICK=0 BUILD=1 ARGS=()
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=1; ARGS+=("$arg") ;;
    --no-build) BUILD=0 ;;
    *) ARGS+=("$arg") ;;
  esac
done

# 10,000 sockets on each side of one machine.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

export RABBITMQ_URL="${RABBITMQ_URL:-amqp://guest:guest@127.0.0.1:5672/}"
export POSTGRES_URL="${POSTGRES_URL:-postgres://platform:platform@127.0.0.1:5432/platform}"
export RABBITMQ_MANAGEMENT_URL="${RABBITMQ_MANAGEMENT_URL:-http://127.0.0.1:15672/}"
export BENCH_ROOT="$ROOT"
export BENCH_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+dirty')"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [ "$BUILD" = 1 ]; then
  log "building the solution (Release)"
  dotnet build "$ROOT/Platform.sln" -c Release -nologo -v q -clp:ErrorsOnly >"$LOGS/build.log" 2>&1 \
    || { tail -30 "$LOGS/build.log" >&2; log "build failed (see $LOGS/build.log)"; exit 1; }
fi

log "installing the Socket.IO peer (bench/socketio)"
(cd "$ROOT/bench/socketio" && npm ci --no-audit --no-fund >"$LOGS/socketio-npm.log" 2>&1) \
  || { tail -20 "$LOGS/socketio-npm.log" >&2; exit 1; }
if [ "$QUICK" = 1 ]; then
  (cd "$ROOT/bench/socketio" && node check.mjs) >&2
fi

if [ -n "${PLATFORM_ARTIFACTS:-}" ]; then
  BENCH_DLL="$PLATFORM_ARTIFACTS/bin/Platform.Bench/release/Platform.Bench.dll"
else
  BENCH_DLL="$ROOT/bench/Platform.Bench/bin/Release/net10.0/Platform.Bench.dll"
fi

status=0
dotnet "$BENCH_DLL" "${ARGS[@]}" || status=$?

# bench/gateway, bench/graph and bench/ingest are micro-benchmarks run by hand (bench/README.md): they need
# a service of their own or a running stack, and every scenario of the issue is measured above.
exit "$status"
