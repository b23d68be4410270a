#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for tests and benchmarks, listening on 127.0.0.1 only,
# and prints `DATABASE_URL=postgres://…` on its last line of standard output.
#
#   export "$(packages/marketplace-store/scripts/start-postgres.sh)"   # DATABASE_URL=postgres://…
#   packages/marketplace-store/scripts/stop-postgres.sh              # stops it and deletes the data
#
# Settings (environment): PGTEST_DIR (data folder, default /tmp/civicblocks-postgres),
# PGTEST_PORT (default 54329). As root (CI), the cluster runs as the `postgres` system user,
# because PostgreSQL refuses to run as root; Debian's `postgresql` package is installed first
# when no server binaries are found and we are root.
set -euo pipefail

dir="${PGTEST_DIR:-/tmp/civicblocks-postgres}"
port="${PGTEST_PORT:-54329}"

find_bindir() {
  local candidate
  candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$candidate" && -x "$candidate/initdb" ]]; then echo "$candidate"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
}

bindir="$(find_bindir)"
if [[ -z "$bindir" ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >/dev/null
    bindir="$(find_bindir)"
  fi
  if [[ -z "$bindir" ]]; then
    echo "start-postgres: no PostgreSQL server binaries found; install Debian's postgresql package." >&2
    exit 1
  fi
fi

as_owner() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url="postgres://postgres@127.0.0.1:${port}/postgres"

if as_owner "$bindir/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  echo "start-postgres: already running in $dir" >&2
  echo "DATABASE_URL=$url"
  exit 0
fi

rm -rf "$dir"
mkdir -p "$dir"
if [[ "$(id -u)" == 0 ]]; then chown postgres:postgres "$dir"; fi
chmod 700 "$dir"

as_owner "$bindir/initdb" -D "$dir" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_owner "$bindir/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c max_connections=200" start >/dev/null

echo "start-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $dir" >&2
echo "DATABASE_URL=$url"
