#!/usr/bin/env bash
# Load test of the public comment form on loopback (issue 5; run by hand, figures go in docs/performance.md).
#
#   bench/comments-load.sh                                   # SQLite, 2,000 opinions from 50 clients
#   DB="postgres:Host=127.0.0.1;Port=5432;Username=postgres;Database=torikumi_comments" bench/comments-load.sh
#   TOTAL=5000 CLIENTS=100 bench/comments-load.sh
#
# Publishes the CLI in Release, serves the sample plan, opens a comment period, then `Torikumi.Bench comments` posts the
# opinions through the real form (anti-forgery token and cookie per client, each client its own X-Forwarded-For address
# as behind the ward's reverse proxy) and counts the stored submissions in the database: each accepted one exactly
# once, none lost. The per-client rate limit is set just above what each client sends in the warm-up and measured runs.
# One warm-up run of the same size comes first and is not counted: a server in a comment period has been running, and
# .NET's tiered JIT is still recompiling hot methods during the first thousands of requests.
set -euo pipefail
cd "$(dirname "$0")/.."

TOTAL=${TOTAL:-2000}
CLIENTS=${CLIENTS:-50}
PORT=${PORT:-5098}
work=$(mktemp -d)
DB=${DB:-sqlite:$work/bench.db}
server=""
trap '[[ -n "$server" ]] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT

dotnet publish src/Torikumi.Cli -c Release -o "$work/app" -v quiet -nologo >/dev/null
dotnet build bench/Torikumi.Bench -c Release -v quiet -nologo >/dev/null
Comments__RateLimitPerClient=$(( (TOTAL + ${WARMUP:-$((3 * TOTAL))}) / CLIENTS + 10 )) Logging__LogLevel__Default=Warning \
  dotnet "$work/app/torikumi.dll" serve --urls "http://127.0.0.1:$PORT" --db "$DB" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 240); do curl -sf "http://127.0.0.1:$PORT/plans/1" >/dev/null && break; sleep 0.5; done
today=$(TZ=Asia/Tokyo date +%F)
last=$(TZ=Asia/Tokyo date -d "+30 days" +%F)
dotnet "$work/app/torikumi.dll" comments open --plan 1 --from "$today" --to "$last" --db "$DB"
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(echo "$DB" | cut -d: -f1)"
# One warm-up run of the same size (JIT tiering, connection pools) that is not counted, then the measured run.
dotnet run -c Release --no-build --project bench/Torikumi.Bench -- comments "http://127.0.0.1:$PORT" 1 "$TOTAL" "$CLIENTS" --db "$DB" --warmup "${WARMUP:-$((3 * TOTAL))}"
