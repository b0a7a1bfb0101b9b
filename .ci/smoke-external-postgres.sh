#!/usr/bin/env bash
# Runs the packaged jar against a real PostgreSQL 15 server and checks health, login and a region call.
set -euo pipefail
cd "$(dirname "$0")/.."

jar=$(ls target/fengqiao-*.jar | head -n 1)
port=18080
db="fengqiao_ci_$$"
work=$(mktemp -d)
started_cluster=no

if ! pg_lsclusters -h 2>/dev/null | grep -q '^15 *main'; then
  pg_createcluster 15 main >/dev/null
fi
if ! pg_lsclusters -h | grep -q '^15 *main.*online'; then
  pg_ctlcluster 15 main start
  started_cluster=yes
fi
pg_port=$(pg_lsclusters -h | awk '$1 == "15" && $2 == "main" {print $3}')

cleanup() {
  [ -n "${app_pid:-}" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  su postgres -c "psql -q -p $pg_port -c 'DROP DATABASE IF EXISTS $db'" >/dev/null 2>&1 || true
  [ "$started_cluster" = yes ] && pg_ctlcluster 15 main stop || true
  rm -rf "$work"
}
trap cleanup EXIT

su postgres -c "psql -q -p $pg_port -v ON_ERROR_STOP=1" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'fengqiao_ci') THEN
    CREATE ROLE fengqiao_ci LOGIN PASSWORD 'fengqiao_ci';
  END IF;
END \$\$;
CREATE DATABASE $db OWNER fengqiao_ci;
SQL

SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$pg_port/$db" \
SPRING_DATASOURCE_USERNAME=fengqiao_ci SPRING_DATASOURCE_PASSWORD=fengqiao_ci \
FENGQIAO_DEMO=true FENGQIAO_DATA_DIR="$work/data" \
FENGQIAO_ENCRYPTION_KEY=$(head -c 32 /dev/urandom | base64) \
  java -jar "$jar" --server.port=$port >"$work/app.log" 2>&1 &
app_pid=$!

base="http://localhost:$port"
for _ in $(seq 1 120); do
  if curl -fsS "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then cat "$work/app.log"; echo "smoke: the application exited"; exit 1; fi
  sleep 1
done
curl -fsS "$base/actuator/health" | grep -q '"UP"' || { tail -50 "$work/app.log"; echo "smoke: not healthy"; exit 1; }

token=$(curl -fsS -X POST "$base/api/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"Demo#2026"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
region=$(curl -fsS "$base/api/regions/610722101000" -H "Authorization: Bearer $token")
echo "$region" | grep -q '"name":"龙头镇"' || { echo "smoke: unexpected region answer: $region"; exit 1; }
grep -q 'PostgreSQL 15' "$work/app.log" || { echo "smoke: the application did not use PostgreSQL 15"; exit 1; }
echo "smoke against PostgreSQL 15: health UP, login OK, region $region"
