#!/usr/bin/env bash
# Measures `mvn -q autogen:check` (the Maven plugin, in the Maven JVM) against `autogen check` (the
# command line on the same project, the same database, the same compiled migrations), and the
# floors of both: `bin/autogen --version` (the launcher's JVM), `mvn -q validate` (Maven's start
# and the project model, no plugin) and `mvn -q autogen:check -Dautogen.skip` (the plugin loaded and
# the project's dependencies resolved, nothing run). Each repetition runs every command once, one
# after the other; the table gives medians of the wall time and of the CPU time.
#
#   bench/maven-plugin.sh                          # 50 and 500 entities, 7 repetitions
#   bench/maven-plugin.sh --sizes 50 --reps 3
#   BENCH_SKIP_BUILD=1 bench/maven-plugin.sh ...   # reuse the installed plugin and cli/target/autogen.jar
#
# Environment: MVN (default "mvn -B"), MVN_REPO (a local repository for -Dmaven.repo.local, default
# Maven's own), BENCH_WORK (default /tmp/autogen-bench-maven). Needs a JDK 17, Maven, and PostgreSQL
# on 127.0.0.1:5432 with trusted login for postgres, and psql. Results go to
# bench/results/maven-plugin-<time>.md. See docs/benchmarks.md#the-maven-plugin.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
WORK=${BENCH_WORK:-/tmp/autogen-bench-maven}
MVN=${MVN:-mvn -B}
REPO_ARG=${MVN_REPO:+-Dmaven.repo.local=$MVN_REPO}
SIZES=50,500
REPS=7
while [[ $# -gt 0 ]]; do
  case $1 in
    --sizes) SIZES=$2; shift 2 ;;
    --reps) REPS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)

if [[ "${BENCH_SKIP_BUILD:-}" != 1 ]]; then
  $MVN -q $REPO_ARG -DskipTests -Dinvoker.skip install -pl runtime,autogen,cli,maven-plugin -am
fi

# A project of N entities: each with a few columns and a many-to-one to the one before it.
make_project() {
  local size=$1 dir=$2 i
  rm -rf "$dir" && mkdir -p "$dir/src/main/java/bench/model" "$dir/src/main/java/bench/migrations"
  cat > "$dir/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>maven-plugin-$size</artifactId><version>1</version>
  <properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
  <dependencies>
    <dependency><groupId>jakarta.persistence</groupId><artifactId>jakarta.persistence-api</artifactId><version>3.2.0</version></dependency>
    <dependency><groupId>dev.autogen</groupId><artifactId>autogen-runtime</artifactId><version>$VERSION</version></dependency>
  </dependencies>
  <build>
    <pluginManagement><plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.5.0</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId><version>3.11.0</version></plugin>
    </plugins></pluginManagement>
    <plugins>
      <plugin><groupId>dev.autogen</groupId><artifactId>autogen-maven-plugin</artifactId><version>$VERSION</version></plugin>
    </plugins>
  </build>
</project>
EOF
  for ((i = 1; i <= size; i++)); do
    {
      echo "package bench.model;"
      echo "import jakarta.persistence.*;"
      echo "@Entity public class E$i {"
      echo "  @Id @GeneratedValue Long id;"
      echo "  @Column(length = 80, nullable = false) String name;"
      echo "  String note; int amount; java.time.Instant createdAt; boolean active;"
      if ((i > 1)); then echo "  @ManyToOne E$((i - 1)) previous;"; fi
      echo "}"
    } > "$dir/src/main/java/bench/model/E$i.java"
  done
  cat > "$dir/autogen.properties" <<EOF
url=jdbc:postgresql://127.0.0.1:5432/$3
user=postgres
entities=bench.model
migrations-dir=src/main/java/bench/migrations
migrations-package=bench.migrations
EOF
}

# Runs a command in the project folder and prints "wall_ms cpu_ms": its wall time and the CPU time
# (user + system) of its process and the children it waited for; fails when its exit code is not 0.
timed() {
  local times
  times=$(mktemp)
  (cd "$PROJECT" && /usr/bin/time -f '%e %U %S' -o "$times" "$@" > /dev/null 2>&1) || { echo "failed: $*" >&2; exit 1; }
  awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$times"
  rm -f "$times"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
seconds() { awk -v ms="$1" 'BEGIN {printf "%.2f s", ms / 1000}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

# The measured commands, in the order each repetition runs them.
NAMES=(cli cli_floor jar plugin plugin_c1 maven skipped skipped_c1)
declare -A LABEL=(
  [cli]='`bin/autogen check`'
  [cli_floor]='`bin/autogen --version` (the launcher alone)'
  [jar]='`java -jar autogen.jar check`'
  [plugin]='`mvn -q autogen:check`'
  [plugin_c1]='the same, `MAVEN_OPTS=-XX:TieredStopAtLevel=1`'
  [maven]='`mvn -q validate` (Maven alone)'
  [skipped]='`mvn -q autogen:check -Dautogen.skip` (plugin loaded, nothing run)'
  [skipped_c1]='the same, `MAVEN_OPTS=-XX:TieredStopAtLevel=1`'
)
run_one() {
  case $1 in
    cli) timed "$ROOT/bin/autogen" check --classpath "$CP" ;;
    cli_floor) timed "$ROOT/bin/autogen" --version ;;
    jar) timed java -jar "$ROOT/cli/target/autogen.jar" check --classpath "$CP" ;;
    plugin) timed $MVN -q -o $REPO_ARG autogen:check ;;
    plugin_c1) MAVEN_OPTS="-XX:TieredStopAtLevel=1 ${MAVEN_OPTS:-}" timed $MVN -q -o $REPO_ARG autogen:check ;;
    maven) timed $MVN -q -o $REPO_ARG validate ;;
    skipped) timed $MVN -q -o $REPO_ARG autogen:check -Dautogen.skip ;;
    skipped_c1) MAVEN_OPTS="-XX:TieredStopAtLevel=1 ${MAVEN_OPTS:-}" timed $MVN -q -o $REPO_ARG autogen:check -Dautogen.skip ;;
  esac
}

mkdir -p "$WORK" bench/results
STAMP=$(date -u +%Y%m%d-%H%M%S)
OUT=bench/results/maven-plugin-$STAMP.md
{
  echo "# Maven plugin against the command line ($STAMP UTC)"
  echo
  echo "Command: \`bench/maven-plugin.sh --sizes $SIZES --reps $REPS\`; machine: $(nproc) cores, $(java -version 2>&1 | head -1),"
  echo "$($MVN -v 2>/dev/null | head -1 | sed 's/\x1b\[[0-9;]*m//g'); load average at start: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Medians of $REPS repetitions: wall time, and CPU time (user + system) in parentheses."
  echo
  header="| entities |"; rule="|---:|"
  for name in "${NAMES[@]}"; do header+=" ${LABEL[$name]} |"; rule+="---:|"; done
  echo "$header plugin / \`java -jar\`, both default JVM options: wall (CPU) | plugin with C1 / \`bin/autogen\`, both C1: wall (CPU) | check's own work, plugin (C1, minus the skipped run) / command line (minus the launcher alone): wall (CPU) |"
  echo "$rule---:|---:|---:|"
} > "$OUT"

IFS=',' read -ra sizes <<< "$SIZES"
for size in "${sizes[@]}"; do
  PROJECT=$WORK/project-$size
  DB=autogen_bench_maven_$size
  psql -h 127.0.0.1 -U postgres -qtA -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" > /dev/null
  make_project "$size" "$PROJECT" "$DB"
  # The command line gets the class path the plugin passes, entry for entry, so both use the same
  # entry of the compiled-migration cache (.autogen/compiled/, keyed by the class path too).
  (cd "$PROJECT" && $MVN -q $REPO_ARG compile dependency:build-classpath -Dmdep.outputFile=deps.txt)
  CP="$PROJECT/target/classes:$(cat "$PROJECT/deps.txt")"
  (cd "$PROJECT" && "$ROOT/bin/autogen" revision -m initial --classpath "$CP" > /dev/null \
    && "$ROOT/bin/autogen" upgrade --classpath "$CP" > /dev/null && $MVN -q -o $REPO_ARG compile)
  declare -A WALL=() CPU=()
  for ((rep = 1; rep <= REPS; rep++)); do
    line="size $size rep $rep:"
    for name in "${NAMES[@]}"; do
      read -r wall cpu <<< "$(run_one "$name")"
      WALL[$name]+="$wall "; CPU[$name]+="$cpu "
      line+=" $name ${wall}/${cpu} ms"
    done
    echo "$line" >&2
  done
  row="| $size |"
  declare -A MW=() MC=()
  for name in "${NAMES[@]}"; do
    MW[$name]=$(tr ' ' '\n' <<< "${WALL[$name]}" | grep . | median)
    MC[$name]=$(tr ' ' '\n' <<< "${CPU[$name]}" | grep . | median)
    row+=" $(seconds "${MW[$name]}") ($(seconds "${MC[$name]}")) |"
  done
  row+=" $(ratio "${MW[plugin]}" "${MW[jar]}") ($(ratio "${MC[plugin]}" "${MC[jar]}")) |"
  row+=" $(ratio "${MW[plugin_c1]}" "${MW[cli]}") ($(ratio "${MC[plugin_c1]}" "${MC[cli]}")) |"
  row+=" $(seconds $((MW[plugin_c1] - MW[skipped_c1]))) / $(seconds $((MW[cli] - MW[cli_floor])))"
  row+=" ($(seconds $((MC[plugin_c1] - MC[skipped_c1]))) / $(seconds $((MC[cli] - MC[cli_floor])))) |"
  echo "$row" >> "$OUT"
  psql -h 127.0.0.1 -U postgres -qtA -c "DROP DATABASE IF EXISTS $DB" > /dev/null
  unset WALL CPU MW MC
done
cat "$OUT"
