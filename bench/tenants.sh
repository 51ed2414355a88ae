#!/usr/bin/env bash
# 100 tenant schemas upgraded by one command (sequential, --parallel 4) against a shell loop of 100
# single upgrades, each addressed with ?currentSchema=tenant_NNN. Needs PostgreSQL at 127.0.0.1:5432
# (user postgres, trust) and 'mvn -pl runtime -am install -DskipTests' (runtime.jar, test classes).
set -euo pipefail
cd "$(dirname "$0")/.."
DB=bench_tenants
BASE=jdbc:postgresql://127.0.0.1:5432/$DB
JAR=runtime/target/runtime.jar
MIGRATIONS=(--user postgres --classpath runtime/target/test-classes --migrations-package dev.autogen.runtime.it.chain)
psql() { command psql -h 127.0.0.1 -U postgres -qX "$@"; }

fresh() {
  psql -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" 2>/dev/null
  psql -d $DB -c "DO \$\$BEGIN FOR i IN 1..100 LOOP EXECUTE format('CREATE SCHEMA tenant_%s', lpad(i::text, 3, '0')); END LOOP; END\$\$"
}
seconds() { local start=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $start" | bc; }

fresh; one=$(seconds java -jar $JAR upgrade --url $BASE "${MIGRATIONS[@]}" --each-schema 'tenant_*')
fresh; par=$(seconds java -jar $JAR upgrade --url $BASE "${MIGRATIONS[@]}" --each-schema 'tenant_*' --parallel 4)
fresh; loop=$(seconds bash -c 'for i in $(seq -w 1 100); do java -jar '$JAR' upgrade --url "'$BASE'?currentSchema=tenant_$(printf %03d $((10#$i)))" '"${MIGRATIONS[*]}"' || exit 1; done')
applied=$(psql -d $DB -tAc "SELECT count(*) FROM pg_tables WHERE tablename = 'autogen_history'")
psql -c "DROP DATABASE $DB"
printf '| how | seconds |\n|---|---|\n| one command, sequential | %.1f |\n| one command, --parallel 4 | %.1f |\n| shell loop of 100 upgrades | %.1f |\n' "$one" "$par" "$loop"
echo "(history tables after the loop: $applied)"
