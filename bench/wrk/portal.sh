#!/usr/bin/env bash
# Load test of the public portal on loopback (run by hand; figures go in docs/performance.md).
#
#   bench/wrk/portal.sh                      # SQLite, 32 connections, 20 s per URL
#   DB="postgres:Host=127.0.0.1;Port=5432;Username=postgres;Database=torikumi_bench" bench/wrk/portal.sh
#   CONNECTIONS=64 DURATION=30s bench/wrk/portal.sh
#
# It publishes the CLI, serves the sample plan, saves the item, strategic-plan and search pages as static files in
# the server's own wwwroot (the ceiling: the same bytes without any page logic), then runs wrk against each dynamic
# page and its static twin and prints requests/s and latency percentiles.
set -euo pipefail
cd "$(dirname "$0")/../.."

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-20s}
THREADS=${THREADS:-2}
PORT=${PORT:-5099}
work=$(mktemp -d)
DB=${DB:-sqlite:$work/bench.db}
server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

dotnet publish src/Torikumi.Cli -c Release -o "$work/app" -v quiet -nologo >/dev/null
dotnet "$work/app/torikumi.dll" serve --urls "http://127.0.0.1:$PORT" --db "$DB" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/plans/1" >/dev/null && break; sleep 0.5; done

base="http://127.0.0.1:$PORT"
query=$(python3 -c 'import urllib.parse; print(urllib.parse.quote("保育"))')
declare -A pages=(
  [item]="/plans/1/items/4-1-3"
  [strategy]="/plans/1/strategies/S4"
  [search]="/plans/1/search?q=$query"
)
mkdir -p "$work/app/wwwroot/static"
for name in item strategy search; do
  curl -sf "$base${pages[$name]}" >"$work/app/wwwroot/static/$name.html"
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); database: ${DB%%:*}"
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
printf '%-10s %-8s %10s %9s %9s %9s\n' page kind req/s p50 p90 p99
for name in item strategy search; do
  for kind in dynamic static; do
    url="$base${pages[$name]}"
    [[ $kind == static ]] && url="$base/static/$name.html"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$url" >/dev/null   # warm-up (JIT, caches)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p50=$(awk '$1=="50%" {print $2}' <<<"$out")
    p90=$(awk '$1=="90%" {print $2}' <<<"$out")
    p99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
    printf '%-10s %-8s %10s %9s %9s %9s %s\n' "$name" "$kind" "$rps" "$p50" "$p90" "$p99" "$errors"
  done
done
