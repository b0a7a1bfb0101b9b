#!/usr/bin/env bash
# Two jars compared on the case lifecycle (issue 15) with the machine's own drift taken out: both servers run at once,
# each on its own fresh durable embedded database, and wrk drives the lifecycle (scripts/lifecycle.lua, -t32 -c32)
# against one at a time, alternating A B, B A, … so that a slow minute of the machine falls on both alike (an idle
# server costs nothing). Run one jar after the other instead and the same jar moves 10-15% between runs on a shared
# 2-core machine, more than most changes are worth. Each run prints lifecycles/s, the server JVM's and PostgreSQL's CPU
# per lifecycle (from /proc/<pid>/stat, the database's backends included), wrk's own and the p99 of all requests;
# the mean of each jar's measured runs closes it. Needs wrk (Debian: apt-get install -y wrk). Not part of the tests.
# Usage: scripts/lifecycle-ab.sh JAR_A JAR_B [rounds, default 6] [seconds per run, default 25]
# Environment: PORT (default 18091; B takes the next port).
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 2 ] || { sed -n '2,10p' "$0"; exit 2; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install -y wrk)" >&2; exit 1; }
jars=("$1" "$2"); rounds=${3:-6}; seconds=${4:-25}; first_port=${PORT:-18091}
names=(A B)
declare -a server postmaster data port desk judicial villages

cleanup() {   # both servers, whatever the first one's exit status (a killed server's wait answers 143)
  set +e
  for k in 0 1; do
    [ -n "${server[$k]:-}" ] && { kill "${server[$k]}" 2>/dev/null; wait "${server[$k]}" 2>/dev/null; }
    [ -n "${data[$k]:-}" ] && rm -rf "${data[$k]}" "${data[$k]}.log"
  done
  return 0
}
trap cleanup EXIT

token_of() {   # port, username
  curl -sf -H 'Content-Type: application/json' -d "{\"username\":\"$2\",\"password\":\"Demo#2026\"}" \
       "http://localhost:$1/api/auth/login" | sed -E 's/.*"token" *: *"([^"]*)".*/\1/'
}
for k in 0 1; do
  port[$k]=$((first_port + k))
  data[$k]=$(mktemp -d /tmp/fengqiao-ab.XXXXXX)
  java -jar "${jars[$k]}" --server.port="${port[$k]}" --fengqiao.data-dir="${data[$k]}" --logging.level.root=WARN \
       >"${data[$k]}.log" 2>&1 &
  server[$k]=$!
done
for k in 0 1; do
  for _ in $(seq 1 400); do   # the demo data set loads after the server answers; its accounts log in after it
    [ -n "$(token_of "${port[$k]}" desk.longtou)" ] && break
    kill -0 "${server[$k]}" 2>/dev/null || { cat "${data[$k]}.log"; exit 1; }
    sleep 0.5
  done
  postmaster[$k]=$(pgrep -f "postgres -D ${data[$k]}" | head -1)
  desk[$k]=$(token_of "${port[$k]}" desk.longtou)
  judicial[$k]=$(token_of "${port[$k]}" judicial.longtou)
  villages[$k]=$(curl -sf -H "Authorization: Bearer ${desk[$k]}" \
                 "http://localhost:${port[$k]}/api/regions/610722101000/children" \
                 | grep -oE '"code" *: *"[0-9]{12}"' | grep -oE '[0-9]{12}' | tr '\n' ' ')
  echo "${names[$k]}: ${jars[$k]} (server pid ${server[$k]}, PostgreSQL ${postmaster[$k]}, port ${port[$k]})"
done

cpu_of() {   # clock ticks used so far by a process and by the live children of another (the database's backends)
  local pids=$1 total=0 t
  [ -n "${2:-}" ] && pids="$pids $(pgrep -P "$2" | tr '\n' ' ')"
  for p in $pids; do t=$(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0); total=$((total + t)); done
  echo $total
}
results=$(mktemp)
run() {   # k, seconds, label
  local k=$1 jvm0 db0 jvm1 db1 client out
  out=$(mktemp)
  jvm0=$(cpu_of "${server[$k]}"); db0=$(cpu_of "" "${postmaster[$k]}")
  client=$( { TIMEFORMAT='%U %S'; time DESK=${desk[$k]} JUDICIAL=${judicial[$k]} VILLAGES="${villages[$k]}" \
              RUN="ab$k$RANDOM$RANDOM" wrk -t32 -c32 -d"$2"s -s scripts/lifecycle.lua "http://localhost:${port[$k]}" \
              >"$out"; } 2>&1 )
  jvm1=$(cpu_of "${server[$k]}"); db1=$(cpu_of "" "${postmaster[$k]}")
  awk -v j=$((jvm1 - jvm0)) -v d=$((db1 - db0)) -v hz="$(getconf CLK_TCK)" -v s="$2" -v label="$3" -v client="$client" '
    /^lifecycles/ { n = $2 } /p99/ { for (i = 1; i < NF; i++) if ($i == "p99") p99 = $(i + 1) }
    END { if (n == 0) { print label ": no complete lifecycle"; exit }
          split(client, c, " ")
          printf "%-8s %6.1f lifecycles/s   server JVM %5.2f + PostgreSQL %5.2f = %5.2f ms per lifecycle   wrk %.2f ms   p99 %s ms\n",
                 label, n / s, j * 1000 / hz / n, d * 1000 / hz / n, (j + d) * 1000 / hz / n, (c[1] + c[2]) * 1000 / n, p99 }' "$out"
  rm -f "$out"
}
echo "warm-up (JIT), not counted: 60 s then 30 s each"
for k in 0 1; do run $k 60 "${names[$k]} warm"; done
for k in 0 1; do run $k 30 "${names[$k]} warm"; done
echo "measured: $rounds rounds of ${seconds} s each, in the order A B, B A, …"
for r in $(seq 1 "$rounds"); do
  order=(0 1); [ $((r % 2)) = 0 ] && order=(1 0)
  for k in "${order[@]}"; do run "$k" "$seconds" "${names[$k]}" | tee -a "$results"; done
done
awk '{ n[$1]++; rate[$1] += $2; jvm[$1] += $6; db[$1] += $9; total[$1] += $11 }
     END { for (k in n) printf "%s mean of %d runs: %.1f lifecycles/s, server JVM %.2f + PostgreSQL %.2f = %.2f ms per lifecycle\n",
                               k, n[k], rate[k] / n[k], jvm[k] / n[k], db[k] / n[k], total[k] / n[k] }' "$results" | sort
rm -f "$results"
