#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests and prints the line to export:
#   eval "$(bash scripts/test-postgres.sh start)"   → exports TEST_DATABASE_URL (and PGTEST_DIR)
#   bash scripts/test-postgres.sh stop              → stops it and removes its folder
# Uses Debian's postgresql package (installed when missing and we may), initdb into a temporary folder, a free port on
# 127.0.0.1, never as root (as the `postgres` user when run by root). Progress goes to stderr; only the exports go to stdout.
set -euo pipefail

log() { echo "test-postgres: $*" >&2; }

bindir() {
  local pg_config
  for pg_config in /usr/lib/postgresql/*/bin/pg_config; do
    [ -x "$pg_config" ] && { dirname "$pg_config"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin
  if ! bin="$(bindir)"; then
    if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      log "installing Debian's postgresql package"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2 || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >&2; }
      bin="$(bindir)"
    else
      log "no PostgreSQL server binaries found (install Debian's postgresql package)"
      exit 1
    fi
  fi
  local dir port
  dir="$(mktemp -d /tmp/veiviser-pg.XXXXXX)"
  chmod 755 "$dir"
  [ "$(id -u)" = "0" ] && chown postgres "$dir"
  port="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  as_owner "$bin/initdb" -D "$dir/data" -U veiviser --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=on -c max_connections=200" start >&2
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U veiviser veiviser_test
  log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)"
  echo "export TEST_DATABASE_URL=postgres://veiviser@127.0.0.1:$port/veiviser_test"
  echo "export PGTEST_DIR=$dir"
}

stop() {
  local dir="${PGTEST_DIR:-}" bin
  [ -n "$dir" ] && [ -d "$dir/data" ] || { log "nothing to stop (PGTEST_DIR not set)"; return 0; }
  bin="$(bindir)"
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
