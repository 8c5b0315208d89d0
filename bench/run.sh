#!/usr/bin/env bash
# The large-schema benchmark (see "Performance" in the README). Builds the command line and the benchmark, then runs
# it: synthetic models of 100, 500 and 2,000 entities against PostgreSQL on 127.0.0.1:5432 (user postgres), printing
# a Markdown table; then a history of 1,000 migrations on SQLite against Alembic (heads, current, history, upgrade).
# Options (--sizes, --rounds, --pg, --report, --history, --only-history, ...) are passed on; --help lists them.
# Environment: AUTOGEN_BENCH_PG_URL (the server), AUTOGEN_TARGET (build folder, default target),
# AUTOGEN_MVN_FLAGS (extra Maven flags, e.g. -o).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export AUTOGEN_TARGET="${AUTOGEN_TARGET:-target}"
echo "bench: building autogen and the benchmark with Maven..." >&2
(cd "$root" && mvn -q -B ${AUTOGEN_MVN_FLAGS:-} -Dautogen.target="$AUTOGEN_TARGET" -DskipTests -Pbench -pl cli,bench -am package)
# The launcher and jar are timed from a copy, so that a source edited during the run cannot trigger a rebuild.
dist="$root/bench/$AUTOGEN_TARGET/dist"
rm -rf "$dist"
mkdir -p "$dist/cli/$AUTOGEN_TARGET"
cp "$root/autogen" "$dist/autogen"
cp "$root/cli/$AUTOGEN_TARGET/autogen.jar" "$dist/cli/$AUTOGEN_TARGET/autogen.jar"
# what the launcher's own build does after Maven: the graph commands' class-data archive, for this copy of the jar
AUTOGEN_CDS_PREPARE=1 "$dist/autogen"
cp="$root/bench/$AUTOGEN_TARGET/classes:$(cat "$root/bench/$AUTOGEN_TARGET/classpath.txt")"
exec java -cp "$cp" dev.autogen.bench.BenchMain --launcher "$dist/autogen" --work "$root/bench/$AUTOGEN_TARGET/work" "$@"
