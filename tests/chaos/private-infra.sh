#!/usr/bin/env bash
# A private RabbitMQ node and a private PostgreSQL cluster for the chaos tier, in one directory, so the
# broker and database faults (stop for 20 s, restart) never touch the shared ones other people use.
#   private-infra.sh up DIR                  start both; writes DIR/env (RABBITMQ_URL, POSTGRES_URL, ...)
#   private-infra.sh rabbitmq-stop|rabbitmq-start DIR   (stop = kill -9 of the node)
#   private-infra.sh postgres-stop|postgres-start DIR   (stop = immediate shutdown: no checkpoint)
#   private-infra.sh down DIR                stop both (and the node's own epmd), remove DIR
set -euo pipefail

command -v rabbitmq-server >/dev/null || PATH="$PATH:/usr/sbin"
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -n "$PG_BIN" ] || PG_BIN="$(dirname "$(command -v pg_ctl)")"

free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# Everything the node's scripts and rabbitmqctl need to find THIS node (not the shared rabbit@host):
# its own name, ports, epmd, config, plugins, data and logs, and an Erlang cookie under its own HOME.
rabbit_env() {
  # shellcheck disable=SC1091
  source "$DIR/ports"
  export HOME="$DIR/rabbitmq"
  export RABBITMQ_NODENAME="chaos$AMQP_PORT@$(hostname -s)"
  export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$AMQP_PORT" RABBITMQ_DIST_PORT="$DIST_PORT"
  export ERL_EPMD_PORT="$EPMD_PORT"
  export RABBITMQ_CONFIG_FILE="$DIR/rabbitmq/rabbitmq" RABBITMQ_ENABLED_PLUGINS_FILE="$DIR/rabbitmq/enabled_plugins"
  export RABBITMQ_MNESIA_BASE="$DIR/rabbitmq/mnesia" RABBITMQ_LOG_BASE="$DIR/rabbitmq/log"
  export RABBITMQ_PID_FILE="$DIR/rabbitmq/node.pid"
  export RABBITMQ_CONF_ENV_FILE="$DIR/rabbitmq/rabbitmq-env.conf" # not /etc/rabbitmq's
}

rabbitmq_start() {
  rabbit_env
  # Root runs the node directly (the Debian wrapper would switch to the rabbitmq user and its HOME), in a
  # session of its own: signals meant for the caller's process group (a timeout) must not reach it.
  setsid /usr/lib/rabbitmq/bin/rabbitmq-server >>"$DIR/rabbitmq/log/startup.log" 2>&1 </dev/null &
  /usr/lib/rabbitmq/bin/rabbitmqctl wait "$RABBITMQ_PID_FILE" --timeout 90 >/dev/null
  for _ in $(seq 1 120); do
    curl -fsS -u guest:guest "http://127.0.0.1:$MGMT_PORT/api/overview" >/dev/null 2>&1 && return
    sleep 0.5
  done
  echo "private RabbitMQ: management API not answering on $MGMT_PORT" >&2
  return 1
}

# SIGKILL, like the database's immediate stop: a crash, not a clean shutdown (which took 77 s on a loaded
# box). What the broker confirmed must survive it: quorum queues write to their log before confirming.
rabbitmq_stop() {
  rabbit_env
  local pid
  pid="$(cat "$RABBITMQ_PID_FILE" 2>/dev/null || true)"
  [ -n "$pid" ] || return 0
  kill -9 "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  rm -f "$RABBITMQ_PID_FILE" # `rabbitmqctl wait` must wait for the next node's pid, not read this one
}

pg() { runuser -u postgres -- "$PG_BIN/$1" "${@:2}"; }

postgres_start() {
  # shellcheck disable=SC1091
  source "$DIR/ports"
  setsid runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$DIR/postgres" -l "$DIR/postgres.log" -w -t 60 start >/dev/null
}

# -m immediate: the server stops like a crash (no shutdown checkpoint), so the restart replays the WAL.
postgres_stop() { pg pg_ctl -D "$DIR/postgres" -m immediate -w stop >/dev/null 2>&1 || true; }

up() {
  mkdir -p "$DIR/rabbitmq/log" "$DIR/rabbitmq/mnesia"
  cat >"$DIR/ports" <<EOF
AMQP_PORT=$(free_port)
DIST_PORT=$(free_port)
EPMD_PORT=$(free_port)
MGMT_PORT=$(free_port)
PG_PORT=$(free_port)
EOF
  # shellcheck disable=SC1091
  source "$DIR/ports"
  # Quorum queues are built into 3.8+; a new node enables every feature flag. The pipelines' direct
  # exchanges need no plugin; consistent-hash is enabled anyway, as the shared broker has it.
  echo "[rabbitmq_management,rabbitmq_consistent_hash_exchange]." >"$DIR/rabbitmq/enabled_plugins"
  printf 'management.tcp.port = %s\nmanagement.tcp.ip = 127.0.0.1\n' "$MGMT_PORT" >"$DIR/rabbitmq/rabbitmq.conf"
  : >"$DIR/rabbitmq/rabbitmq-env.conf"
  rabbitmq_start

  # A throwaway cluster owned by postgres (initdb refuses root), listening on 127.0.0.1 only.
  install -d -o postgres -g postgres "$DIR/postgres" "$DIR/pg-socket"
  touch "$DIR/postgres.log" && chown postgres "$DIR/postgres.log"
  pg initdb -D "$DIR/postgres" -U platform -A trust --no-instructions >"$DIR/initdb.log"
  cat >>"$DIR/postgres/postgresql.conf" <<EOF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/pg-socket'
max_connections = 300
EOF
  postgres_start
  runuser -u postgres -- "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U platform platform

  cat >"$DIR/env" <<EOF
export RABBITMQ_URL=amqp://guest:guest@127.0.0.1:$AMQP_PORT/
export RABBITMQ_MANAGEMENT_URL=http://127.0.0.1:$MGMT_PORT/
export POSTGRES_URL=postgres://platform:platform@127.0.0.1:$PG_PORT/platform
EOF
}

down() {
  [ -f "$DIR/ports" ] || return 0
  rabbitmq_stop
  rabbit_env
  epmd -port "$EPMD_PORT" -kill >/dev/null 2>&1 || true
  postgres_stop
  rm -rf "$DIR"
}

DIR="${2:?usage: private-infra.sh up|down|rabbitmq-stop|rabbitmq-start|postgres-stop|postgres-start DIR}"
case "$1" in
  up) up ;;
  down) down ;;
  rabbitmq-stop) rabbitmq_stop ;;
  rabbitmq-start) rabbitmq_start ;;
  postgres-stop) postgres_stop ;;
  postgres-start) postgres_start ;;
  *) echo "unknown command $1" >&2; exit 2 ;;
esac
