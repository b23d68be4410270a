#!/usr/bin/env bash
# Stops the cluster that start-postgres.sh started and deletes its data folder.
set -euo pipefail

dir="${PGTEST_DIR:-/tmp/civicblocks-postgres}"
bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
if [[ -z "$bindir" ]] && command -v pg_ctl >/dev/null 2>&1; then bindir="$(dirname "$(command -v pg_ctl)")"; fi
if [[ -n "$bindir" && -d "$dir" ]]; then
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
  else
    "$bindir/pg_ctl" -D "$dir" -m fast -w stop >/dev/null 2>&1 || true
  fi
fi
rm -rf "$dir"
