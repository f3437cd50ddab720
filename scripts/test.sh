#!/usr/bin/env bash
# The one test command: installs what the tests need when it is missing (Debian), starts a throwaway
# PostgreSQL 15 cluster on a free loopback port, runs every test project of Torikumi.slnx and ends with
#     Tests: N passed, N failed, N skipped
# Exit status is non-zero when a test failed, the build failed or no test ran.
# With CI=true a missing database or browser is a failure, never a silent skip.
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
ci="${CI:-false}"
pg_bin=/usr/lib/postgresql/15/bin
chromium=/usr/bin/chromium
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { echo "test.sh: $*" >&2; }
die() { say "$*"; exit 1; }
is_root() { [[ "$(id -u)" -eq 0 ]]; }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

command -v dotnet >/dev/null 2>&1 || die "the .NET 10 SDK (dotnet) is missing: see README.md, Prerequisites"

# --- what the tests need --------------------------------------------------------------------------
# Browser tests exist once a test project references Playwright; until then no browser is installed.
need_browser=false
if grep -rqs --include='*.csproj' 'Microsoft.Playwright' tests; then need_browser=true; fi

missing=()
[[ -x "$pg_bin/initdb" ]] || missing+=(postgresql-15)
if $need_browser; then
    [[ -x "$chromium" ]] || missing+=(chromium)
    installed fonts-noto-cjk || missing+=(fonts-noto-cjk) # without it, screenshots show empty boxes for Japanese
fi

if ((${#missing[@]})); then
    sudo=()
    is_root || sudo=(sudo)
    say "installing ${missing[*]}"
    if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
        [[ "$ci" == true ]] && die "could not install ${missing[*]}"
        say "warning: could not install ${missing[*]}; the tests that need them will fail"
    fi
fi

# --- throwaway PostgreSQL 15 ---------------------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/torikumi-test.XXXXXX")"
chmod 711 "$work" # the postgres user must reach its data directory inside
pg_dir="$work/pg"
# Kept after the run (unlike $work): the TRX files and the browser tests' artefacts (TestResults/screenshots/*.png).
results="$root/TestResults"
rm -rf "$results"
mkdir -p "$results"
export TORIKUMI_ARTIFACTS="$results"
pg_started=false

as_postgres() { if is_root; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    if $pg_started; then
        as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
    if [[ "$ci" == true ]]; then dotnet build-server shutdown >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    for port in $(shuf -i 20000-60999 -n 40); do
        # Connection refused means nobody listens there.
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
    done
    return 1
}

start_postgres() {
    mkdir -p "$pg_dir"
    if is_root; then chown postgres:postgres "$pg_dir"; fi
    as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 ||
        { cat "$work/initdb.log" >&2; return 1; }
    local attempt port
    for attempt in 1 2 3; do
        port="$(free_port)" || return 1
        # A test database needs no durability: skip fsync for speed.
        if as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 30 \
            -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null 2>&1; then
            pg_started=true
            export TORIKUMI_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
            say "PostgreSQL 15 on 127.0.0.1:$port"
            return 0
        fi
    done
    cat "$pg_dir/server.log" >&2 2>/dev/null || true
    return 1
}

if [[ -x "$pg_bin/initdb" ]] && start_postgres; then
    :
elif [[ "$ci" == true ]]; then
    die "PostgreSQL 15 is not available ($pg_bin): the PostgreSQL tests cannot run"
else
    unset TORIKUMI_TEST_POSTGRES
    say "warning: no PostgreSQL 15; the PostgreSQL tests will be skipped"
fi

if [[ -x "$chromium" ]]; then
    export PLAYWRIGHT_CHROMIUM_EXECUTABLE="$chromium"
elif $need_browser; then
    [[ "$ci" == true ]] && die "chromium ($chromium) is missing: the browser tests cannot run"
    say "warning: no chromium; the browser tests will fail (install: apt-get install -y chromium fonts-noto-cjk)"
fi

# --- the tests -----------------------------------------------------------------------------------
set +e
dotnet test Torikumi.slnx -c Release -nodeReuse:false \
    --logger "trx;LogFilePrefix=torikumi" --results-directory "$results"
status=$?
set -e

# Sum the counters of every TRX file (one per test project).
sum() {
    local name="$1" total=0 n
    while read -r n; do total=$((total + n)); done < <(
        find "$results" -name '*.trx' -exec grep -ho "<Counters [^>]*" {} + 2>/dev/null |
            grep -o " $name=\"[0-9]*\"" | grep -o '[0-9]\+')
    echo "$total"
}
passed="$(sum passed)"
failed=$(($(sum failed) + $(sum error) + $(sum timeout) + $(sum aborted)))
skipped="$(sum notExecuted)"

trx_files="$(find "$results" -name '*.trx' | wc -l)" || trx_files=0
test_projects="$(grep -ls '<IsTestProject>true</IsTestProject>' tests/*/*.csproj | wc -l)" || test_projects=0

echo
echo "Tests: $passed passed, $failed failed, $skipped skipped"

if ((failed > 0)); then exit 1; fi
if ((status == 0 && trx_files < test_projects)); then say "only $trx_files of $test_projects test projects reported results"; exit 1; fi
if ((status != 0)); then say "dotnet test failed (exit $status) with no failed test: the build failed or a test run aborted"; exit 1; fi
if ((passed == 0)); then say "no test ran"; exit 1; fi
