#!/usr/bin/env bash
# The online-DDL benchmark (see "Steps outside a transaction" in the README): a writer's worst latency on PostgreSQL
# and MariaDB while a migration adds an index, a foreign key, a check and NOT NULL to its table of 2 million rows, in
# the plain forms and in the forms that do not block writes. Options: --pg JDBC_URL (default the local server, user
# postgres), --mariadb JDBC_URL (default the local server, user root), --only postgresql|mariadb, --rows N. Environment: AUTOGEN_TARGET (build folder, default target), AUTOGEN_MVN_FLAGS (extra Maven flags, e.g. -o).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export AUTOGEN_TARGET="${AUTOGEN_TARGET:-target}"
echo "online: building the benchmark with Maven..." >&2
(cd "$root" && mvn -q -B ${AUTOGEN_MVN_FLAGS:-} -Dautogen.target="$AUTOGEN_TARGET" -DskipTests -Pbench -pl bench -am package)
cp="$root/bench/$AUTOGEN_TARGET/classes:$(cat "$root/bench/$AUTOGEN_TARGET/classpath.txt")"
exec java -cp "$cp" dev.autogen.bench.online.OnlineDdlBench "$@"
