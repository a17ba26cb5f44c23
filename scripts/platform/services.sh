# Every service as its own process: built once, started with its environment, pid and log under .platform/.

# name|project directory|assembly|first port
SERVICES=(
  "ingest|services/ingest|Platform.Ingest|5110"
  "graph|services/graph|Platform.Graph|5120"
  "enrichment|services/enrichment|Platform.Enrichment|5130"
  "gateway|services/gateway|Platform.Gateway|8080"
)
# PLATFORM_PORT_OFFSET shifts every port, so a second stack (or a test of `up`) can run beside the first.
PORT_OFFSET="${PLATFORM_PORT_OFFSET:-0}"
BRIDGE_PORT="${BRIDGE_PORT:-$((5173 + PORT_OFFSET))}"
declare -A SCALE=([ingest]=1 [graph]=1 [enrichment]=1 [gateway]=1)
BUILD=1

parse_scale() {
  local spec="$1" pair name count
  IFS=',' read -ra pairs <<<"$spec"
  for pair in "${pairs[@]}"; do
    name="${pair%%=*}"; count="${pair#*=}"
    [[ -n "${SCALE[$name]:-}" ]] || die "cannot scale '$name' (ingest, graph, enrichment, gateway)"
    [[ "$count" =~ ^[1-9][0-9]?$ ]] || die "scale of $name must be 1..99"
    SCALE[$name]="$count"
  done
}

is_running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# The first port of a service; replica i listens on first + i.
first_port() {
  local entry name dir assembly port
  for entry in "${SERVICES[@]}"; do
    IFS='|' read -r name dir assembly port <<<"$entry"
    if [ "$name" = "$1" ]; then echo $((port + PORT_OFFSET)); return; fi
  done
  die "unknown service $1"
}

# Instance names: the service's own name when it runs once, name-0, name-1, ... when scaled.
instance_name() { if [ "${SCALE[$1]}" -gt 1 ]; then echo "$1-$2"; else echo "$1"; fi; }

service_env() {
  local i service port env=()
  # YARP's destinations follow the scale, so the gateway proxies to every replica.
  for service in graph ingest enrichment; do
    port="$(first_port "$service")"
    for i in $(seq 0 $((SCALE[$service] - 1))); do
      env+=("ReverseProxy__Clusters__${service}__Destinations__${service}${i}__Address=http://127.0.0.1:$((port + i))/")
    done
  done
  env+=("ReverseProxy__Clusters__bridge-web__Destinations__web__Address=http://127.0.0.1:$BRIDGE_PORT/")
  # An unpacked extension's id depends on its folder; locally the token is what authenticates it.
  env+=("Gateway__AllowAnyExtension=${PLATFORM_ALLOW_ANY_EXTENSION:-true}")
  # Ingest parses the local fake site (tests/fake-site, served on 127.0.0.1) like the real one.
  env+=("Ingest__OnlyFans__ExtraHosts__0=127.0.0.1" "Ingest__OnlyFans__ExtraHosts__1=localhost")
  printf '%s\n' "${env[@]}"
}

build_all() {
  log "building the services (Release)"
  dotnet build "$ROOT/Platform.sln" -c Release -nologo -v q -clp:ErrorsOnly >"$LOGS/build.log" 2>&1 \
    || { tail -30 "$LOGS/build.log" >&2; die "build failed (see $LOGS/build.log)"; }
  if [ -f "$ROOT/services/bridge-web/package.json" ]; then
    log "building the dashboard"
    (cd "$ROOT/services/bridge-web" && npm ci --no-audit --no-fund >"$LOGS/bridge-web-npm.log" 2>&1 && npm run build >>"$LOGS/bridge-web-npm.log" 2>&1) \
      || die "dashboard build failed (see $LOGS/bridge-web-npm.log)"
  fi
}

start_process() {
  local name="$1" workdir="$2"; shift 2
  local pidfile="$PIDS/$name.pid"
  if is_running "$pidfile"; then log "$name already running (pid $(cat "$pidfile"))"; return; fi
  (cd "$workdir" && exec setsid "$@" >>"$LOGS/$name.log" 2>&1 < /dev/null) &
  echo $! >"$pidfile"
}

start_services() {
  local key entry name dir assembly port i extra
  key="$(signing_key)"
  mapfile -t extra < <(service_env)
  for entry in "${SERVICES[@]}"; do
    IFS='|' read -r name dir assembly port <<<"$entry"
    port="$(first_port "$name")"
    for i in $(seq 0 $((SCALE[$name] - 1))); do
      local instance
      instance="$(instance_name "$name" "$i")"
      start_process "$instance" "$ROOT/$dir" env \
        ASPNETCORE_URLS="http://127.0.0.1:$((port + i))" \
        ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}" \
        RABBITMQ_URL="$RABBITMQ_URL" POSTGRES_URL="$POSTGRES_URL" PLATFORM_SIGNING_KEY="$key" \
        PLATFORM_INSTANCE="$instance" "${extra[@]}" \
        dotnet "$ROOT/$dir/bin/Release/net10.0/$assembly.dll"
      echo "$((port + i))" >"$PIDS/$instance.port"
    done
  done
  if [ -d "$ROOT/services/bridge-web/dist" ]; then
    start_process "bridge-web" "$ROOT/services/bridge-web" npx --no-install vite preview --host 127.0.0.1 --port "$BRIDGE_PORT" --strictPort
    echo "$BRIDGE_PORT" >"$PIDS/bridge-web.port"
  fi
}

# Before starting: forget pid files of processes that are gone (a crash, a reboot), and refuse to start
# beside a running stack of another scale (its instance names differ, so ports would collide).
check_previous_run() {
  local pidfile name service i wanted=" bridge-web "
  for service in "${!SCALE[@]}"; do
    for i in $(seq 0 $((SCALE[$service] - 1))); do wanted+="$(instance_name "$service" "$i") "; done
  done
  for pidfile in "$PIDS"/*.pid; do
    [ -e "$pidfile" ] || continue
    name="$(basename "$pidfile" .pid)"
    if ! is_running "$pidfile"; then rm -f "$pidfile" "$PIDS/$name.port"; continue; fi
    [[ "$wanted" == *" $name "* ]] || die "$name is running from an earlier ./platform up with another scale: ./platform down first"
  done
}

# One deadline for all: the processes start together, and on a loaded 2-core box nine of them can take
# well over a minute to be healthy (PLATFORM_HEALTH_TIMEOUT seconds, default 180).
wait_healthy() {
  local pidfile name port path deadline=$((SECONDS + ${PLATFORM_HEALTH_TIMEOUT:-180}))
  compgen -G "$PIDS/*.pid" >/dev/null || die "no service was started (see $LOGS)"
  for pidfile in "$PIDS"/*.pid; do
    [ -e "$pidfile" ] || continue
    name="$(basename "$pidfile" .pid)"
    port="$(cat "$PIDS/$name.port" 2>/dev/null || echo)"
    path="/health"; [ "$name" = bridge-web ] && path="/"
    until curl -fsS -o /dev/null "http://127.0.0.1:$port$path" 2>/dev/null; do
      is_running "$pidfile" || { tail -20 "$LOGS/$name.log" >&2; die "$name exited (see $LOGS/$name.log)"; }
      [ "$SECONDS" -lt "$deadline" ] || die "$name is not healthy on :$port (see $LOGS/$name.log)"
      sleep 0.5
    done
  done
}

cmd_up() {
  while [ $# -gt 0 ]; do
    case "$1" in
      --scale) parse_scale "$2"; shift 2 ;;
      --scale=*) parse_scale "${1#--scale=}"; shift ;;
      --no-build) BUILD=0; shift ;;
      *) die "unknown option $1" ;;
    esac
  done
  check_previous_run
  ensure_infra
  if [ "$BUILD" = 1 ]; then build_all; fi
  start_services
  wait_healthy
  local token agent gateway i
  token="$(make_token "${PLATFORM_USER:-creator}" bridge $((30 * 86400)))"
  agent="$(make_token "${PLATFORM_USER:-creator}" agent $((30 * 86400)))"
  gateway="$(first_port gateway)"
  echo
  echo "The platform is up."
  echo "  Dashboard:   http://127.0.0.1:$gateway/#token=$token"
  echo "  WebSocket:   ws://127.0.0.1:$gateway/ws"
  for i in $(seq 1 $((SCALE[gateway] - 1))); do
    echo "  Gateway $i:   http://127.0.0.1:$((gateway + i))/ (same dashboard and /ws)"
  done
  echo "  Agent token: $agent"
  echo "  (./platform token USER [--role agent|bridge] prints more; ./platform down stops everything)"
}

cmd_down() {
  local pidfile pid name i
  for pidfile in "$PIDS"/*.pid; do
    [ -e "$pidfile" ] || continue
    name="$(basename "$pidfile" .pid)"
    pid="$(cat "$pidfile")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
      for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
      log "stopped $name"
    fi
    rm -f "$pidfile" "$PIDS/$name.port"
  done
}

cmd_status() {
  local pidfile name port health
  printf '%-16s %-8s %-6s %s\n' PART PID PORT HEALTH
  if command -v rabbitmqctl >/dev/null 2>&1 && as_root rabbitmqctl -q status >/dev/null 2>&1; then
    printf '%-16s %-8s %-6s %s\n' rabbitmq - 5672 up; else printf '%-16s %-8s %-6s %s\n' rabbitmq - 5672 down; fi
  if pg_isready -h 127.0.0.1 -q 2>/dev/null; then printf '%-16s %-8s %-6s %s\n' postgresql - 5432 up; else printf '%-16s %-8s %-6s %s\n' postgresql - 5432 down; fi
  for pidfile in "$PIDS"/*.pid; do
    [ -e "$pidfile" ] || continue
    name="$(basename "$pidfile" .pid)"
    port="$(cat "$PIDS/$name.port" 2>/dev/null || echo -)"
    if ! is_running "$pidfile"; then health="not running"
    elif [ "$name" = bridge-web ]; then health="$(curl -fsS -o /dev/null -w 'http %{http_code}' "http://127.0.0.1:$port/" 2>/dev/null || echo unreachable)"
    else health="$(curl -sS "http://127.0.0.1:$port/health" 2>/dev/null || echo unreachable)"; fi
    printf '%-16s %-8s %-6s %s\n' "$name" "$(cat "$pidfile")" "$port" "$health"
  done
}

cmd_logs() {
  if [ $# -gt 0 ]; then tail -n 100 -F "$LOGS/$1"*.log; else tail -n 20 -F "$LOGS"/*.log; fi
}

cmd_gen() {
  dotnet run --project "$ROOT/tools/SchemaExport" -c Release -- "$ROOT/contracts/schema/wss.schema.json"
  (cd "$ROOT/tools/wss-typegen" && npm ci --no-audit --no-fund >/dev/null && node gen.mjs)
  # REST: each service's OpenAPI test, in update mode, writes the document it serves into bridge-web/openapi/.
  ensure_infra
  export RABBITMQ_URL POSTGRES_URL RABBITMQ_MANAGEMENT_URL
  PLATFORM_UPDATE_OPENAPI=1 dotnet test "$ROOT/Platform.sln" -c Release --nologo -v q --filter "FullyQualifiedName~OpenApiDocumentTests"
  (cd "$ROOT/services/bridge-web" && npm ci --no-audit --no-fund >/dev/null && node scripts/sync-rest.mjs)
}

cmd_reparse() {
  local user="${1:-}"; [ -n "$user" ] || die "usage: ./platform reparse USER"
  local port; port="$(cat "$PIDS/ingest.port" 2>/dev/null || cat "$PIDS/ingest-0.port" 2>/dev/null || first_port ingest)"
  curl -fsS -X POST -H "Authorization: Bearer $(make_token "$user" agent 600)" "http://127.0.0.1:$port/api/v1/admin/reparse" \
    || die "reparse failed: is the stack up (./platform up)?"
  echo
}

cmd_bench() {
  [ -x "$ROOT/bench/run.sh" ] || die "bench/run.sh is missing"
  ensure_infra
  exec "$ROOT/bench/run.sh" "$@"
}

cmd_chaos() {
  [ -x "$ROOT/tests/chaos/run.sh" ] || die "tests/chaos/run.sh is missing"
  ensure_infra
  exec "$ROOT/tests/chaos/run.sh" "$@"
}
