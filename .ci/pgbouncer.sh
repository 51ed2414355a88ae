#!/usr/bin/env bash
# Starts a PgBouncer in transaction pooling mode on 127.0.0.1:6432 in front of the PostgreSQL on
# 127.0.0.1:5432, for the end-to-end tests that deploy through a pooler (installing it when missing).
#   .ci/pgbouncer.sh start   install if needed, start, wait until it answers (does nothing when it answers)
#   .ci/pgbouncer.sh stop    stop the one this script started
set -euo pipefail

PORT=6432
DIR=/tmp/autogen-pgbouncer

answers() {
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

start() {
    if answers; then
        echo "pgbouncer: already answers on 127.0.0.1:$PORT"
        return 0
    fi
    if ! command -v pgbouncer >/dev/null 2>&1 && [ ! -x /usr/sbin/pgbouncer ]; then
        echo "pgbouncer: installing"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pgbouncer >/dev/null
        if answers; then
            echo "pgbouncer: stopping the packaged service, which has no databases configured"
            service pgbouncer stop >/dev/null 2>&1 || /etc/init.d/pgbouncer stop >/dev/null 2>&1 || true
            pkill -f /etc/pgbouncer/pgbouncer.ini 2>/dev/null || true
            sleep 1
        fi
    fi
    mkdir -p "$DIR"
    cat >"$DIR/pgbouncer.ini" <<EOF
[databases]
* = host=127.0.0.1 port=5432

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = $PORT
unix_socket_dir =
auth_type = trust
auth_file = $DIR/userlist.txt
pool_mode = transaction
default_pool_size = 4
max_client_conn = 200
ignore_startup_parameters = extra_float_digits,options
server_reset_query =
logfile = $DIR/pgbouncer.log
pidfile = $DIR/pgbouncer.pid
EOF
    echo '"postgres" ""' >"$DIR/userlist.txt"
    chown -R postgres "$DIR"
    runuser -u postgres -- "$(command -v pgbouncer || echo /usr/sbin/pgbouncer)" -d "$DIR/pgbouncer.ini"
    for _ in $(seq 1 30); do
        if answers; then
            echo "pgbouncer: answers on 127.0.0.1:$PORT (transaction pooling)"
            return 0
        fi
        sleep 1
    done
    echo "pgbouncer: did not start; see $DIR/pgbouncer.log" >&2
    return 1
}

stop() {
    if [ -f "$DIR/pgbouncer.pid" ]; then
        kill "$(cat "$DIR/pgbouncer.pid")" 2>/dev/null || true
    fi
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
