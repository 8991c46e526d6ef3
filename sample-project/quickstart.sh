#!/usr/bin/env bash
# Runs the sample project end to end on embedded DuckDB, with SQLite state, from a clean slate:
# validate -> compile -> seed -> run -> run again (nothing changed) -> a day later (only the
# changes are sent).
# Needs the jar: mvn -q -B -DskipTests package (from the repository root).
set -euo pipefail
cd "$(dirname "$0")"
ebb() { ../ebb "$@"; }
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

rm -rf .ebb target output app.db warehouse.duckdb warehouse.duckdb.wal
export LIFECYCLE_SIGNING_SECRET="${LIFECYCLE_SIGNING_SECRET:-quickstart-demo-secret}"

step "ebb validate: every model and sync checked offline against sources.yml"
ebb validate

step "ebb compile: target/manifest.json and readable SQL per warehouse in target/compiled/"
ebb compile
ls target/compiled/churn_risk_to_app_db/duckdb

step "ebb seed: load seeds/*.csv into the embedded DuckDB warehouse"
ebb seed

step "the app database before ebb: a user_usage row for each user who has signed in"
java -cp ../runtime/target/ebb.jar app/CreateAppDatabase.java app.db

step "start the local webhook receiver the lifecycle_webhook destination posts to"
java receiver/LifecycleReceiver.java 8599 output/lifecycle_webhook.jsonl &
receiver=$!
trap 'kill $receiver 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  (exec 3<>/dev/tcp/127.0.0.1/8599) 2>/dev/null && break
  sleep 0.2
done

step "ebb run: first run sends every row"
ebb run

step "ebb run again: nothing changed, so nothing is sent (except the 'all' mode sync)"
ebb run

step "a day later: what would change if the reporting date moved to 2026-11-02 (nothing is sent)"
ebb plan --vars '{as_of: "2026-11-02"}' --select user_activity_to_app_db trial_nudges

step "ebb run a day later: only the rows that changed are sent"
ebb run --vars '{as_of: "2026-11-02"}'

step "what the destinations received"
find output -type f | sort
echo "app.db tables: account_health, pql_banner, user_usage (SQLite)"
