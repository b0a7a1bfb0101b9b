#!/usr/bin/env bash
# The case lifecycle measured as a new user would (issue 15 §1): the packaged jar as its own process on a fresh,
# durable embedded database (the default persistent data dir: fsync and synchronous commit on), the load driver
# (bench/CaseLoadBenchmark) in another JVM with --url; then, when wrk is installed (Debian: apt-get install -y wrk),
# the wrk ceiling with the server's and the database's CPU per request for the cheapest read and the cheapest durable
# write the API has (scripts/mark-read.lua): the floor under any request; and the whole lifecycle driven by wrk
# (scripts/lifecycle.lua), whose client costs a fraction of the Java driver's CPU. Not part of the test command.
# Usage: scripts/lifecycle-bench.sh [driver args...]   default: --clients=32 --warmup=30 --seconds=30
# The issue's setup is --warmup=60 --seconds=60; on 2 cores the server's JIT is still compiling then (the driver prints
# its compiler threads' share of the CPU: 15-25% of the server's CPU still at 180 s). It settles within 10 minutes:
# --warmup=600 measures the steady state a server that has been up for a while gives.
# Environment: PORT (default 18080), SERVER_OPTS (extra JVM options of the server, e.g. JFR:
#   SERVER_OPTS=-XX:StartFlightRecording=filename=/tmp/life.jfr,settings=profile), BUILD=1 to re-package first.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-18080}
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--clients=32 --warmup=30 --seconds=30)

skip_front=()
[ -d target/classes/static ] && skip_front=(-Dfrontend.skip)
if [ "${BUILD:-0}" = 1 ] || ! ls target/fengqiao-*.jar >/dev/null 2>&1; then
  ./mvnw -q -o -DskipTests "${skip_front[@]}" package
fi
./mvnw -q -o -Dfrontend.skip test-compile dependency:build-classpath -Dmdep.includeScope=test \
       -Dmdep.outputFile=target/test-classpath.txt
jar=$(ls target/fengqiao-*.jar | grep -v original | head -1)

data=$(mktemp -d /tmp/fengqiao-life.XXXXXX)
# shellcheck disable=SC2086
java ${SERVER_OPTS:-} -jar "$jar" --server.port="$port" --fengqiao.data-dir="$data" --logging.level.root=WARN \
     >"$data.log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
for _ in $(seq 1 240); do
  curl -sf "http://localhost:$port/api/system/info" >/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$data.log"; exit 1; }
  sleep 0.5
done
login='{"username":"desk.longtou","password":"Demo#2026"}'
for _ in $(seq 1 240); do   # the demo data set loads after the server answers
  curl -sf -H 'Content-Type: application/json' -d "$login" "http://localhost:$port/api/auth/login" >/dev/null && break
  sleep 0.5
done
echo "server pid $server, data dir $data (durable), log $data.log; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.fengqiao.bench.CaseLoadBenchmark \
     --url="http://localhost:$port" --server-pid="$server" "${args[@]}"
if command -v wrk >/dev/null; then
  token_of() {
    curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$1\",\"password\":\"Demo#2026\"}" \
         "http://localhost:$port/api/auth/login" | sed -E 's/.*"token" *: *"([^"]*)".*/\1/'
  }
  token=$(token_of desk.longtou)
  wrk -t2 -c32 -d5s "http://localhost:$port/api/system/info" >/dev/null   # warm-up
  echo "wrk ceiling (-t2 -c32 -d10s), with the CPU per request: the floor under any request and under any write"
  postmaster=$(pgrep -f "postgres -D $data" | head -1 || true)
  cpu_of() {   # clock ticks used so far by a process and its children that are still alive (the database's backends)
    local pids=$1 total=0 t
    [ -n "${2:-}" ] && pids="$pids $(pgrep -P "$2" | tr '\n' ' ')"
    for p in $pids; do t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0); total=$((total + t)); done
    echo $total
  }
  ceiling() {   # name, wrk args...
    local name=$1; shift
    local jvm0 db0 jvm1 db1 out requests
    jvm0=$(cpu_of "$server"); db0=$(cpu_of "" "$postmaster")
    out=$(wrk -t2 -c32 -d10s "$@")
    jvm1=$(cpu_of "$server"); db1=$(cpu_of "" "$postmaster")
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    echo "$out" | grep -E 'Requests/sec|Latency|Non-2xx' | sed "s|^|  $name |"
    awk -v j=$((jvm1 - jvm0)) -v d=$((db1 - db0)) -v n="$requests" -v hz="$(getconf CLK_TCK)" -v name="$name" \
        'BEGIN { printf "  %s CPU per request: server JVM %.3f ms, PostgreSQL %.3f ms\n", name, j * 1000 / hz / n, d * 1000 / hz / n }'
  }
  ceiling "system/info" "http://localhost:$port/api/system/info"
  ceiling "auth/me    " -H "Authorization: Bearer $token" "http://localhost:$port/api/auth/me"
  # the thinnest durable write: one UPDATE committed per request, over the notifications the load sent the handler
  handler=$(token_of judicial.longtou)
  ids=$(curl -sf -H "Authorization: Bearer $handler" "http://localhost:$port/api/notifications?size=100" \
        | grep -oE '"id" *: *[0-9]+' | grep -oE '[0-9]+' | tr '\n' ' ' || true)
  if [ -n "$ids" ]; then
    IDS=$ids TOKEN=$handler ceiling "mark read  " -s scripts/mark-read.lua "http://localhost:$port"
  else
    echo "  no notifications to mark read: no write floor"
  fi
  # the whole lifecycle from wrk (scripts/lifecycle.lua), a client that costs little, so the server's own ceiling
  # shows without the Java driver's share of the cores; the client's CPU is printed beside the server's
  villages=$(curl -sf -H "Authorization: Bearer $token" "http://localhost:$port/api/regions/610722101000/children" \
             | grep -oE '"code" *: *"[0-9]{12}"' | grep -oE '[0-9]{12}' | tr '\n' ' ')
  judicial=$(token_of judicial.longtou)
  wrk_lifecycle() {   # seconds
    local jvm0 db0 jvm1 db1 out lifecycles
    jvm0=$(cpu_of "$server"); db0=$(cpu_of "" "$postmaster")
    out=$( { TIMEFORMAT='client CPU %U %S'; time DESK=$token JUDICIAL=$judicial VILLAGES=$villages RUN="wrk$1$RANDOM" \
             wrk -t32 -c32 -d"$1"s -s scripts/lifecycle.lua "http://localhost:$port" >/tmp/wrk-lifecycle.$$; } 2>&1 )
    jvm1=$(cpu_of "$server"); db1=$(cpu_of "" "$postmaster")
    grep -E '^lifecycles|Non-2xx' /tmp/wrk-lifecycle.$$ | sed 's/^/  /'
    lifecycles=$(awk '/^lifecycles/ {print $2}' /tmp/wrk-lifecycle.$$)
    rm -f /tmp/wrk-lifecycle.$$
    echo "$out" | awk -v j=$((jvm1 - jvm0)) -v d=$((db1 - db0)) -v n="${lifecycles:-0}" -v hz="$(getconf CLK_TCK)" -v s="$1" \
      '/client CPU/ { if (n > 0) printf "  CPU per lifecycle: server JVM %.2f ms, PostgreSQL %.2f ms, wrk %.2f ms (%.2f cores)\n", j * 1000 / hz / n, d * 1000 / hz / n, ($3 + $4) * 1000 / n, ($3 + $4) / s }'
  }
  if [ -n "$villages" ]; then
    echo "wrk lifecycle (scripts/lifecycle.lua, -t32 -c32, 10 s warm-up, then 30 s measured twice):"
    wrk_lifecycle 10 >/dev/null
    wrk_lifecycle 30
    wrk_lifecycle 30
  fi
else
  echo "wrk not installed: no ceiling (apt-get install -y wrk)"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
