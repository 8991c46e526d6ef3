#!/usr/bin/env bash
# Runs one benchmark: bench/run.sh NAME [args...]. Builds what is needed first.
# Each benchmark prints its measurements and the ratio against a baseline measured in the same run.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: bench/run.sh NAME [args...]  (see bench/README.md)}"
shift
mvn -q -B -DskipTests install >/dev/null
# Written to a file: Maven's colour codes on stdout would corrupt the first classpath entry.
cpfile="$(mktemp)"
trap 'rm -f "$cpfile"' EXIT
(cd bench && mvn -q -B -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$cpfile" >/dev/null)
cp="$(cat "$cpfile"):bench/target/classes"
java ${BENCH_JAVA_OPTS:-} -cp "$cp" "dev.ebb.bench.$name" "$@"
