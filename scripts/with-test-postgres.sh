#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Run a command against a throwaway PostgreSQL 15 server.
#
#   scripts/with-test-postgres.sh CMD [ARGS...]
#
# Starts a fresh cluster in a temporary directory, listening on 127.0.0.1 only, on a free
# port, with its unix socket inside that directory. CMD runs with PGHOST, PGPORT, PGUSER and
# SYNCLINE_TEST_PG=1 set. Afterwards the server is stopped and the directory deleted, also
# when CMD fails or the script is interrupted. The exit code is CMD's.
#
# The cluster's locale is en_US.UTF-8 when that locale exists (a non-bytewise default
# collation, which is what the engine's COLLATE "C" handling must cope with), C.UTF-8
# otherwise. SYNCLINE_TEST_PG_LOCALE overrides the choice.
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 CMD [ARGS...]" >&2
    exit 2
fi

# Absolute paths: other pg_ctl or initdb programs may come first in PATH.
pg_bin=/usr/lib/postgresql/15/bin
for tool in initdb pg_ctl pg_isready postgres; do
    if [ ! -x "$pg_bin/$tool" ]; then
        echo "with-test-postgres: $pg_bin/$tool is missing; run scripts/install-deps.sh test" >&2
        exit 1
    fi
done

# PostgreSQL refuses to run as root; root runs the server as the postgres system user.
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "with-test-postgres: running as root but there is no postgres user" >&2
        exit 1
    fi
    # From /, which the postgres user can read, whatever the caller's directory is.
    as_server() { (cd / && runuser -u postgres -- "$@"); }
else
    as_server() { "$@"; }
fi

pick_locale() {
    if [ -n "${SYNCLINE_TEST_PG_LOCALE:-}" ]; then
        echo "$SYNCLINE_TEST_PG_LOCALE"
    elif locale -a 2>/dev/null | grep -qix 'en_US\.utf-\?8'; then
        echo en_US.UTF-8
    else
        echo C.UTF-8
    fi
}

free_port() {
    local python=/usr/bin/python3
    [ -x "$python" ] || python=python3
    "$python" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])'
}

tmp_dir=
server_started=
child=

# shellcheck disable=SC2317 # runs from the EXIT trap
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [ -n "$server_started" ]; then
        if ! as_server "$pg_bin/pg_ctl" -D "$tmp_dir/data" -m immediate -w -t 30 stop \
            >/dev/null 2>&1; then
            # pg_ctl could not stop it: kill the postmaster; its children follow it.
            local pid
            pid=$(head -n 1 "$tmp_dir/data/postmaster.pid" 2>/dev/null || true)
            if [ -n "$pid" ]; then
                kill -KILL "$pid" 2>/dev/null || true
            fi
        fi
    fi
    if [ -n "$tmp_dir" ]; then
        rm -rf "$tmp_dir"
    fi
    exit "$rc"
}

# Before CMD runs, a signal ends the script (and the EXIT trap cleans up); while CMD runs,
# the signal goes to CMD and the script exits with CMD's status once it has ended.
# shellcheck disable=SC2317 # runs from the INT and TERM traps
on_signal() {
    if [ -n "$child" ]; then
        kill -s "$1" "$child" 2>/dev/null || true
    else
        exit $((128 + $2))
    fi
}

trap cleanup EXIT
trap 'on_signal INT 2' INT
trap 'on_signal TERM 15' TERM

tmp_dir=$(mktemp -d "${TMPDIR:-/tmp}/syncline-pg.XXXXXX")
chmod 700 "$tmp_dir"
if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$tmp_dir"
    if ! runuser -u postgres -- test -w "$tmp_dir"; then
        echo "with-test-postgres: the postgres user cannot write to $tmp_dir;" \
            "set TMPDIR to a directory it can reach" >&2
        exit 1
    fi
fi
as_server mkdir "$tmp_dir/socket"

pg_locale=$(pick_locale)
if ! as_server "$pg_bin/initdb" -D "$tmp_dir/data" --auth=trust -U postgres --encoding=UTF8 \
    --locale="$pg_locale" --no-sync --no-instructions >"$tmp_dir/initdb.log" 2>&1; then
    cat "$tmp_dir/initdb.log" >&2
    echo "with-test-postgres: initdb failed (output above)" >&2
    exit 1
fi

as_server tee -a "$tmp_dir/data/postgresql.conf" >/dev/null <<EOF

# with-test-postgres.sh: a throwaway server, fast rather than durable.
listen_addresses = '127.0.0.1'
unix_socket_directories = '$tmp_dir/socket'
fsync = off
synchronous_commit = off
full_page_writes = off
shared_buffers = 32MB
max_connections = 100
EOF

# Another process may take the port between picking and binding: try a few ports.
port=
for attempt in 1 2 3 4 5; do
    candidate=$(free_port)
    server_started=1
    if as_server "$pg_bin/pg_ctl" -D "$tmp_dir/data" -l "$tmp_dir/server.log" -w -t 30 \
        -o "-p $candidate" start >/dev/null 2>&1; then
        port=$candidate
        break
    fi
    as_server "$pg_bin/pg_ctl" -D "$tmp_dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
    server_started=
    if ! grep -q 'could not bind\|Address already in use' "$tmp_dir/server.log" 2>/dev/null ||
        [ "$attempt" -eq 5 ]; then
        cat "$tmp_dir/server.log" >&2 2>/dev/null || true
        echo "with-test-postgres: the server did not start (log above)" >&2
        exit 1
    fi
done

# pg_ctl -w waited for the server; also check the TCP listener the tests use (max ~30 s).
for _ in $(seq 1 150); do
    if "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then
        break
    fi
    sleep 0.2
done
if ! "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres; then
    cat "$tmp_dir/server.log" >&2 || true
    echo "with-test-postgres: the server does not accept connections on 127.0.0.1:$port" >&2
    exit 1
fi

export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres SYNCLINE_TEST_PG=1

# CMD runs in the background so that a signal reaches the traps at once. Without job
# control bash would start it with SIGINT and SIGQUIT ignored (so Ctrl-C would not reach it
# or anything it starts) and with stdin from /dev/null: undo both.
(
    trap - INT QUIT TERM
    exec "$@"
) <&0 &
child=$!
rc=0
while :; do
    if wait "$child"; then rc=0; else rc=$?; fi
    # wait returns early (status > 128) when a trapped signal arrives; wait again then.
    kill -0 "$child" 2>/dev/null || break
done
exit "$rc"
