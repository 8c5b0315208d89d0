#!/usr/bin/env bash
# The live-reader comparison (see "Performance" in the README): the benchmark's 2,000 generated entities, created
# with Hibernate's export on PostgreSQL (127.0.0.1:5432, user postgres) and in an H2 file, each read by the direct
# catalog reader and by the SchemaCrawler-driven one, alternating, in JVMs started with the launcher's options.
# Options (--size, --rounds, --cold-rounds, --databases, --pg, ...) are passed on; --help lists them.
# Environment: AUTOGEN_BENCH_PG_URL (the server), AUTOGEN_TARGET (build folder, default target),
# AUTOGEN_MVN_FLAGS (extra Maven flags, e.g. -o).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export AUTOGEN_TARGET="${AUTOGEN_TARGET:-target}"
echo "bench: building the live readers and the benchmark with Maven..." >&2
(cd "$root" && mvn -q -B ${AUTOGEN_MVN_FLAGS:-} -Dautogen.target="$AUTOGEN_TARGET" -DskipTests -Pbench -pl bench -am package)
cp="$root/bench/$AUTOGEN_TARGET/classes:$(cat "$root/bench/$AUTOGEN_TARGET/classpath.txt")"
cd "$root"
exec java -cp "$cp" dev.autogen.bench.ReaderBench --launcher "$root/autogen" --work "$root/bench/$AUTOGEN_TARGET/readers" "$@"
