# RabbitMQ and PostgreSQL on this machine: installed from the OS packages when missing, started
# without systemd, reused when already running. RABBITMQ_URL / POSTGRES_URL, when set, win.

PG_USER="${PLATFORM_PG_USER:-platform}"
PG_PASSWORD="${PLATFORM_PG_PASSWORD:-platform}"
PG_DB="${PLATFORM_PG_DB:-platform}"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31merror:\033[0m %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi
}

APT_UPDATED=""
apt_install() {
  if [ -z "$APT_UPDATED" ]; then
    log "apt-get update"
    as_root apt-get update -q >"$LOGS/apt.log" 2>&1 || die "apt-get update failed (see $LOGS/apt.log)"
    APT_UPDATED=1
  fi
  log "installing $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >>"$LOGS/apt.log" 2>&1 \
    || die "apt-get install $* failed (see $LOGS/apt.log)"
}

ensure_rabbitmq() {
  if [ -n "${RABBITMQ_URL:-}" ]; then return; fi
  export RABBITMQ_URL="amqp://guest:guest@127.0.0.1:5672/"
  export RABBITMQ_MANAGEMENT_URL="${RABBITMQ_MANAGEMENT_URL:-http://127.0.0.1:15672/}"
  command -v rabbitmq-server >/dev/null || PATH="$PATH:/usr/sbin"
  command -v rabbitmq-server >/dev/null || apt_install rabbitmq-server
  if as_root rabbitmqctl -q status >/dev/null 2>&1; then
    rabbitmq_plugins_online
    return
  fi
  log "starting RabbitMQ"
  as_root rabbitmq-plugins enable --offline rabbitmq_management rabbitmq_consistent_hash_exchange >/dev/null
  as_root rabbitmq-server -detached >/dev/null 2>&1 || true
  local pidfile
  pidfile="/var/lib/rabbitmq/mnesia/rabbit@$(hostname -s).pid"
  as_root rabbitmqctl wait "$pidfile" --timeout 90 >/dev/null || die "RabbitMQ did not start (see /var/log/rabbitmq)"
  rabbitmq_plugins_online
}

rabbitmq_plugins_online() {
  local i
  for i in $(seq 1 60); do
    if curl -fsS -u guest:guest "${RABBITMQ_MANAGEMENT_URL}api/overview" >/dev/null 2>&1; then return; fi
    if [ "$i" = 5 ]; then as_root rabbitmq-plugins enable rabbitmq_management rabbitmq_consistent_hash_exchange >/dev/null 2>&1 || true; fi
    sleep 0.5
  done
  die "RabbitMQ management API is not answering on $RABBITMQ_MANAGEMENT_URL"
}

ensure_postgres() {
  if [ -n "${POSTGRES_URL:-}" ]; then return; fi
  export POSTGRES_URL="postgres://$PG_USER:$PG_PASSWORD@127.0.0.1:5432/$PG_DB"
  command -v pg_lsclusters >/dev/null || apt_install postgresql
  if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
    log "starting PostgreSQL"
    local cluster
    cluster="$(pg_lsclusters -h | head -1 | awk '{print $1" "$2}')"
    [ -n "$cluster" ] || die "no PostgreSQL cluster found (pg_lsclusters)"
    preload_pg_stat_statements $cluster
    # shellcheck disable=SC2086
    as_root pg_ctlcluster $cluster start || die "PostgreSQL did not start"
  fi
  local i
  for i in $(seq 1 60); do pg_isready -h 127.0.0.1 -q && break; sleep 0.5; done
  pg_isready -h 127.0.0.1 -q || die "PostgreSQL is not accepting connections"
  as_root runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_roles WHERE rolname='$PG_USER'" | grep -q 1 \
    || as_root runuser -u postgres -- psql -qc "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD' CREATEDB" >/dev/null
  as_root runuser -u postgres -- psql -qtAc "SELECT 1 FROM pg_database WHERE datname='$PG_DB'" | grep -q 1 \
    || as_root runuser -u postgres -- createdb -O "$PG_USER" "$PG_DB"
  # The benchmarks name the most expensive statements when the server has loaded the module.
  if [ "$(as_root runuser -u postgres -- psql -qtAc "SHOW shared_preload_libraries")" = pg_stat_statements ]; then
    as_root runuser -u postgres -- psql -d "$PG_DB" -qc "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" >/dev/null 2>&1 || true
  fi
}

# Takes effect when the cluster starts; a running cluster keeps its settings (no restart behind a developer's back).
preload_pg_stat_statements() {
  local conf="/etc/postgresql/$1/$2/conf.d"
  [ -d "$conf" ] || return 0
  printf "shared_preload_libraries = 'pg_stat_statements'\n" | as_root tee "$conf/platform-stats.conf" >/dev/null
}

ensure_infra() {
  ensure_rabbitmq
  ensure_postgres
}

ensure_chromium() {
  command -v chromium >/dev/null || apt_install chromium
  export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"
}

ensure_docker_compose() {
  command -v docker-compose >/dev/null || apt_install docker-compose
}

signing_key() {
  if [ -n "${PLATFORM_SIGNING_KEY:-}" ]; then echo "$PLATFORM_SIGNING_KEY"; return; fi
  if [ ! -s "$STATE/signing-key" ]; then
    (umask 077; openssl rand -hex 32 >"$STATE/signing-key")
  fi
  cat "$STATE/signing-key"
}
