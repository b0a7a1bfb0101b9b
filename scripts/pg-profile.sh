#!/usr/bin/env bash
# Where the database's CPU goes during a benchmark (issue 15): samples the embedded PostgreSQL's backends with
# perf (Debian: apt-get install -y linux-perf; run as root) for SECONDS (default 15), unwinding with DWARF (the
# server is built without frame pointers), and prints the functions by their share of the backends' CPU, inclusive,
# with the calls under the case update and the trigger and statement costs it found. Run it beside
# scripts/lifecycle-bench.sh once the driver measures; it finds the server whose data dir matches PATTERN (default:
# the lifecycle benchmark's). The perf data stays in OUT (default /tmp/pg-profile.data) for `perf report -i`.
# Usage: scripts/pg-profile.sh [seconds] [pattern] [out]
set -euo pipefail
seconds=${1:-15}
pattern=${2:-/tmp/fengqiao-life}
out=${3:-/tmp/pg-profile.data}
command -v perf >/dev/null || { echo "perf is not installed (apt-get install -y linux-perf)" >&2; exit 1; }
postmaster=$(pgrep -f "bin/postgres -D ${pattern}" | head -1 || true)
[ -n "$postmaster" ] || { echo "no embedded PostgreSQL with a data dir like ${pattern}" >&2; exit 1; }
backends=$(pgrep -P "$postmaster" | paste -sd, -)
perf record -q -e cpu-clock -F 299 --call-graph dwarf,32768 -p "$backends" -o "$out" -- sleep "$seconds" 2>/dev/null
echo "postmaster $postmaster: $(perf report -i "$out" --stdio 2>/dev/null | awk '/^# Samples/ {print $3}') samples of its backends in ${seconds} s"
report() {   # perf's inclusive ("children") share of each function, the first N user-space lines matching PATTERN
  perf report -i "$out" --stdio --children --sort sym -g none 2>/dev/null | grep '%' | grep -v '\[k\]' \
    | grep -E "$2" | head -"$1" | awk '{printf "  %7s  %s\n", $1, $4}'
}
echo "statement phases (parse/plan, executor start, run, commit, client I/O):"
report 20 ' (exec_parse_message|exec_bind_message|GetCachedPlan|BuildCachedPlan|standard_ExecutorStart|standard_ExecutorRun|standard_ExecutorFinish|standard_ExecutorEnd|CommitTransaction|XLogFlush|pg_fdatasync|socket_flush|pq_recvbuf)$'
echo "writes, triggers and checks:"
report 20 ' (ExecUpdate|ExecInsert|ExecInsertIndexTuples|ExecConstraints|TriggerEnabled|AfterTriggerEndQuery|plpgsql_exec_trigger|plpgsql_exec_function|RI_FKey_check|stringToNode|ExecInitModifyTable|heap_update|btinsert|gininsert|spginsert)$'
echo "the top 25 functions:"
report 25 '.'
