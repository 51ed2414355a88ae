#!/usr/bin/env bash
# Builds autogen, the harness and its Liquibase side, then runs every benchmark and prints the
# tables. Results go to bench/results/ (raw CSV and markdown). Options are passed to BenchMain,
# e.g. bench/run.sh --sizes 50,500 --reps 3 --no-runtime. BENCH_SKIP_BUILD=1 reruns the jars of the
# previous build. bench/run.sh --live runs only the live-table benchmark (2M rows, writer and reader
# during each change, plain DDL against the lock-safe forms; --live-rows N --live-hold SECONDS --live-reps N).
# See docs/benchmarks.md.
# Needs a JDK 17, Maven, and PostgreSQL on 127.0.0.1:5432 with trusted login for postgres.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${BENCH_WORK:-/tmp/autogen-bench}
MVN=${MVN:-mvn -B -q}

LIB="$WORK/lib"
LIVE=0
for arg in "$@"; do [[ "$arg" == --live ]] && LIVE=1; done
if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  $MVN -Pbench -DskipTests package -pl runtime,autogen,cli,bench
  if [[ $LIVE != 1 ]]; then
    $MVN -f bench/liquibase/pom.xml -DskipTests package
  fi

  # Run from a copy of the built jars, so that a rebuild of the work tree during the run changes nothing.
  rm -rf "$LIB" && mkdir -p "$LIB"
  snapshot() {
    local out=() entry
    IFS=':' read -ra entries <<< "$1"
    for entry in "${entries[@]}"; do
      if [[ "$entry" == "$ROOT"/* ]]; then
        cp "$entry" "$LIB/" && out+=("$LIB/$(basename "$entry")")
      else
        out+=("$entry")
      fi
    done
    (IFS=':'; echo "${out[*]}")
  }
  snapshot "$(cat bench/target/classpath.txt):$(ls "$ROOT"/bench/target/autogen-bench-*.jar)" > "$LIB/bench.cp"
  if [[ $LIVE == 1 ]]; then
    : > "$LIB/liquibase.cp"
  else
    snapshot "$(cat bench/liquibase/target/classpath.txt):$(ls "$ROOT"/bench/liquibase/target/autogen-bench-liquibase-*.jar)" \
      > "$LIB/liquibase.cp"
  fi
  cp cli/target/autogen.jar "$LIB/autogen.jar"
fi

exec java -cp "$(cat "$LIB/bench.cp")" dev.autogen.bench.BenchMain --work "$WORK" --out "$ROOT/bench/results" \
  --cli-jar "$LIB/autogen.jar" --launcher "$ROOT/bin/autogen" --liquibase-classpath "$(cat "$LIB/liquibase.cp")" "$@"
