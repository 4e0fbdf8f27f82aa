#!/usr/bin/env bash
# Figures for "Shared memory on PostgreSQL": the same generated memory in both backends, imported and looked up
# by the jeju binary as a user runs it (whole processes), CLIENTS lookups processes at once on each backend.
#   JEJU_DATABASE_URL=… scripts/tm-server-figures.sh [JEJU_BINARY] [UNITS] [CLIENTS]
# JEJU_DATABASE_URL must name an empty database (the script runs `jeju tm migrate`).
set -euo pipefail
jeju=${1:-$(pwd)/.build/release/jeju}
units=${2:-100000}
clients=${3:-8}
: "${JEJU_DATABASE_URL:?set JEJU_DATABASE_URL to an empty database}"
work=$(mktemp -d /tmp/jeju-figures-XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 "$(dirname "$0")/../../shared/tools/make-bench-tm.py" --units "$units" --lang id --out "$work/tm.tmx" --queries "$work/q.txt" >/dev/null
for kind in embedded postgres; do
  mkdir -p "$work/$kind"
  "$jeju" -C "$work/$kind" init --targets id >/dev/null
  [ "$kind" = postgres ] && printf 'memory: postgres\nmemoryScope: figures\n' >> "$work/$kind/jeju.yml"
done
"$jeju" -C "$work/postgres" tm migrate >/dev/null
now() { date +%s.%N; }
for kind in embedded postgres; do
  t0=$(now); "$jeju" -C "$work/$kind" tm import "$work/tm.tmx" >/dev/null; t1=$(now)
  # The embedded index is built on first use: count it with the import.
  "$jeju" -C "$work/$kind" tm lookup "warm up" --locale id >/dev/null; t2=$(now)
  awk -v k="$kind" -v u="$units" -v a="$t0" -v b="$t1" -v c="$t2" \
    'BEGIN { printf "%s: import %.1f s (%.0f units/s); with the index built %.1f s (%.0f units/s)\n", k, b-a, u/(b-a), c-a, u/(c-a) }'
done
n=$(wc -l < "$work/q.txt")
split -n "l/$clients" -d "$work/q.txt" "$work/part."
for kind in embedded postgres; do
  t0=$(now)
  for f in "$work"/part.*; do
    "$jeju" -C "$work/$kind" tm lookup --queries "$f" --locale id > "$f.$kind" &
  done
  wait
  t1=$(now)
  awk -v k="$kind" -v n="$n" -v c="$clients" -v a="$t0" -v b="$t1" \
    'BEGIN { printf "%s: %d queries by %d processes at once in %.2f s: %.0f queries/s, %.2f ms per query and process\n", k, n, c, b-a, n/(b-a), (b-a)*1000*c/n }'
done
cat "$work"/part.??.embedded > "$work/all.embedded"; cat "$work"/part.??.postgres > "$work/all.postgres"
if cmp -s "$work/all.embedded" "$work/all.postgres"; then same=yes; else same=no; fi
echo "same matches on both backends: $same ($(grep -c '"score"' "$work/all.embedded") queries with matches of $n)"
