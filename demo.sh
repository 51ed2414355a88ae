#!/usr/bin/env bash
# The main job on a fresh machine with only a JDK 17 and Maven: build autogen, then generate and
# apply the sample app's migrations on the embedded PostgreSQL (no database server needed).
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)

mvn -B -q -DskipTests install

work=$(mktemp -d)
echo "== a fresh copy of the sample app's entities in $work"
mkdir -p "$work/target"
cp -r sample-app/target/classes "$work/target/"
cd "$work"
autogen() { "$root/bin/autogen" "$@"; }

autogen init --entities dev.autogen.sample.model --migrations-package db.migrations
echo "== autogen revision -m \"initial schema\""
autogen revision -m "initial schema"
echo "== the generated migration"
cat src/main/java/db/migrations/V*.java
echo "== autogen upgrade"
autogen upgrade
echo "== autogen history"
autogen history
echo "== autogen check"
autogen check
echo "== done: the embedded database lives in $work/.autogen/"
