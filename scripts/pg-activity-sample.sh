#!/usr/bin/env bash
# What the database is doing during a benchmark (issue 15): samples pg_stat_activity every 20 ms for SECONDS
# (default 20) from one psql session and counts the active client statements by wait event ("CPU" when none) and
# the statement's first words. Run it beside scripts/lifecycle-bench.sh once the driver measures; it finds the
# embedded PostgreSQL of the server whose data dir matches PATTERN (default: the lifecycle benchmark's).
# Usage: scripts/pg-activity-sample.sh [seconds] [pattern]
set -euo pipefail
seconds=${1:-20}
pattern=${2:-/tmp/fengqiao-life}
postmaster=$(pgrep -f "bin/postgres -D ${pattern}" | head -1 || true)
[ -n "$postmaster" ] || { echo "no embedded PostgreSQL with a data dir like ${pattern}" >&2; exit 1; }
port=$(tr '\0' ' ' < "/proc/$postmaster/cmdline" | sed -E 's/.* -p ([0-9]+).*/\1/')
sql=$(mktemp)
out=$(mktemp)
trap 'rm -f "$sql" "$out"' EXIT
cat > "$sql" <<'SQL'
SELECT coalesce(wait_event_type || ':' || wait_event, 'CPU') || ' | ' || regexp_replace(left(query, 60), '\s+', ' ', 'g')
FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND backend_type = 'client backend'
\watch 0.02
SQL
timeout "$seconds" psql -X -q -A -t -h localhost -p "$port" -U postgres postgres -f "$sql" > "$out" 2>/dev/null || true
echo "postmaster $postmaster on port $port: $(grep -c . "$out") active statements sampled in ${seconds} s"
grep . "$out" | sort | uniq -c | sort -rn | head -25
