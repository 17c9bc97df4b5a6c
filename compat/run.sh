#!/usr/bin/env bash
# Runs the SDK compatibility suite against the already-built jar (target/*.jar) on a
# fresh database of the local PostgreSQL, then stops the service and drops the database.
# Builds nothing. Env: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres).
set -euo pipefail

cd "$(dirname "$0")/.."
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

jar="$(ls target/*.jar 2>/dev/null | grep -v -- '-plain.jar$' | head -n 1 || true)"
if [[ -z "$jar" ]]; then
  echo "No target/*.jar: run ./mvnw -B package first." >&2
  exit 2
fi

random() { head -c "$1" /dev/urandom | od -An -tx1 | tr -d ' \n'; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

database="egs_compat_$(random 6)"
api_key="compat_$(random 24)"
token_secret="$(random 32)"
port="$(free_port)"
log="target/compat-service.log"
pid=""

cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    wait "$pid" 2>/dev/null || true
  fi
  psql -qX -d postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" >/dev/null || true
}
trap cleanup EXIT

psql -qX -d postgres -c "CREATE DATABASE $database" >/dev/null
java -jar "$jar" --server.port="$port" \
  --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database" \
  --spring.datasource.username="$PGUSER" \
  --entitygroups.api-keys="$api_key" \
  --entitygroups.token.secret="$token_secret" >"$log" 2>&1 &
pid=$!

base_url="http://127.0.0.1:$port"
echo "Waiting for $base_url/actuator/health/readiness (log: $log)"
for _ in $(seq 1 120); do
  if curl -fsS -o /dev/null "$base_url/actuator/health/readiness"; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "The service stopped during startup:" >&2
    tail -n 30 "$log" >&2
    exit 1
  fi
  sleep 1
done
curl -fsS -o /dev/null "$base_url/actuator/health/readiness"

status=0
(
  cd compat
  npm ci --no-audit --no-fund --loglevel=error
  BASE_URL="$base_url" API_KEY="$api_key" TOKEN_SECRET="$token_secret" node suite.mjs
) || status=$?
exit "$status"
