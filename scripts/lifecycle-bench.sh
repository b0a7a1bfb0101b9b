#!/usr/bin/env bash
# The case lifecycle measured as a new user would (issue 15 §1): the packaged jar as its own process on a fresh,
# durable embedded database (the default persistent data dir: fsync and synchronous commit on), the load driver
# (bench/CaseLoadBenchmark) in another JVM with --url, and the wrk ceiling when wrk is installed
# (Debian: apt-get install -y wrk). Not part of the test command.
# Usage: scripts/lifecycle-bench.sh [driver args...]   default: --clients=32 --warmup=30 --seconds=30
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

if command -v wrk >/dev/null; then
  token=$(curl -sf -H 'Content-Type: application/json' -d "$login" "http://localhost:$port/api/auth/login" | sed -E 's/.*"token" *: *"([^"]*)".*/\1/')
  wrk -t2 -c32 -d5s "http://localhost:$port/api/system/info" >/dev/null   # warm-up
  echo "wrk ceiling (-t2 -c32 -d10s), with the server JVM's CPU per request (the floor under any request):"
  ceiling() {   # name, wrk args...
    local name=$1; shift
    local before after out requests
    before=$(awk '{print $14 + $15}' "/proc/$server/stat")
    out=$(wrk -t2 -c32 -d10s "$@")
    after=$(awk '{print $14 + $15}' "/proc/$server/stat")
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    echo "$out" | grep -E 'Requests/sec|Latency' | sed "s|^|  $name |"
    awk -v t=$((after - before)) -v n="$requests" -v hz="$(getconf CLK_TCK)" -v name="$name" \
        'BEGIN { printf "  %s server JVM CPU per request: %.3f ms\n", name, t * 1000 / hz / n }'
  }
  ceiling "system/info" "http://localhost:$port/api/system/info"
  ceiling "auth/me    " -H "Authorization: Bearer $token" "http://localhost:$port/api/auth/me"
else
  echo "wrk not installed: no ceiling (apt-get install -y wrk)"
fi

java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" org.fengqiao.bench.CaseLoadBenchmark \
     --url="http://localhost:$port" --server-pid="$server" "${args[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
