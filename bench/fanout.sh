#!/usr/bin/env bash
# The tenant fan-out benchmark (see "Many tenants" in the README): 1,000 PostgreSQL schemas and 50 MariaDB databases,
# each 3 migrations behind (at the first of 4), upgraded to head one by one (--parallel 1) and with --parallel 8; then
# a --parallel 8 run killed with kill -9 about halfway and run again. After each run it checks that every target is at
# head and that each migration ran exactly once there (each migration logs itself in a table). Options: --pg URL
# (default the local server, user postgres), --mariadb URL (default the local server, user root), --schemas N (1000),
# --databases N (50), --only postgresql|mariadb, --skip-sequential (leave out the --parallel 1 runs). Environment: AUTOGEN_MVN_FLAGS (extra Maven flags, e.g. -o).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
pg_url="jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"
maria_url="jdbc:mariadb://127.0.0.1:3306/?user=root&sslMode=disable"
schemas=1000
databases=50
only=""
skip_sequential=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --pg) pg_url="$2"; shift 2 ;;
    --mariadb) maria_url="$2"; shift 2 ;;
    --schemas) schemas="$2"; shift 2 ;;
    --databases) databases="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --skip-sequential) skip_sequential=1; shift ;;
    *) echo "fanout: unknown option $1" >&2; exit 2 ;;
  esac
done
pg_host=127.0.0.1; pg_port=5432; pg_user=postgres
maria_host=127.0.0.1; maria_port=3306; maria_user=root

echo "fanout: building the command line with Maven..." >&2
(cd "$root" && mvn -q -B ${AUTOGEN_MVN_FLAGS:-} -DskipTests -Dinvoker.skip=true -Dspotless.check.skip=true -pl cli -am package)
jar="$root/cli/target/autogen.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
versions="$work/migrations/versions"
mkdir -p "$versions"

migration() { # id revises message upgrade-body downgrade-body
  cat > "$versions/${1}_${3// /_}.java" <<JAVA
import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

@Revision(id = "$1", revises = {$2}, message = "$3")
final class M_$1 implements Migration {
    @Override
    public void upgrade(Operations op) {
        $4
    }

    @Override
    public void downgrade(Operations op) {
        $5
    }
}
JAVA
}
migration a1a1a1a1a1a1 "" "items" \
  'op.createTable("items", column("id", BIGINT).notNull(), column("name", VARCHAR(50)), primaryKey("id")); op.createTable("applied", column("rev", VARCHAR(20))); op.execute("INSERT INTO applied (rev) VALUES (\"r1\")".replace((char) 34, (char) 39));' \
  'op.dropTable("applied"); op.dropTable("items");'
migration b2b2b2b2b2b2 '"a1a1a1a1a1a1"' "quantity" \
  'op.addColumn("items", column("qty", INTEGER)); op.execute("INSERT INTO applied (rev) VALUES (\"r2\")".replace((char) 34, (char) 39));' \
  'op.dropColumn("items", "qty");'
migration c3c3c3c3c3c3 '"b2b2b2b2b2b2"' "name index" \
  'op.createIndex("items", index("idx_items_name", "name")); op.execute("INSERT INTO applied (rev) VALUES (\"r3\")".replace((char) 34, (char) 39));' \
  'op.dropIndex("items", "idx_items_name");'
migration d4d4d4d4d4d4 '"c3c3c3c3c3c3"' "orders" \
  'op.createTable("orders", column("id", BIGINT).notNull(), column("item_id", BIGINT).notNull(), primaryKey("id"), foreignKey("fk_orders_item", "item_id").references("items", "id")); op.execute("INSERT INTO applied (rev) VALUES (\"r4\")".replace((char) 34, (char) 39));' \
  'op.dropTable("orders");'
head_rev=d4d4d4d4d4d4

autogen() { java -XX:TieredStopAtLevel=1 -jar "$jar" --migrations "$work/migrations" "$@"; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# --- PostgreSQL -------------------------------------------------------------------------------------------------
pg() { PGOPTIONS="-c client_min_messages=warning" psql -h "$pg_host" -p "$pg_port" -U "$pg_user" -d postgres -qAtX -v ON_ERROR_STOP=1 "$@"; }
pg_drop() { # one transaction per schema: dropping 1,000 in one would exhaust the lock table
  pg -c "SELECT 'DROP SCHEMA ' || nspname || ' CASCADE;' FROM pg_namespace WHERE nspname LIKE 'fanb\\_%'" | pg >/dev/null
}
pg_names() { for i in $(seq -f "%04g" 1 "$schemas"); do echo "fanb_$i"; done; }
pg_reset() { # every schema dropped, made again, and brought to the first migration (untimed)
  pg_drop
  pg_names | sed 's/.*/CREATE SCHEMA &;/' | pg >/dev/null
  autogen --url "$pg_url" upgrade a1a1a1a1a1a1 --tenant-schemas 'fanb_*' --parallel 8 > "$work/setup.txt"
}
pg_check() { # every schema at head, each migration logged exactly once
  local q="SELECT count(*) FILTER (WHERE v = '$head_rev' AND a = 'r1,r2,r3,r4') || ' of ' || count(*) FROM ("
  local first=1
  for s in $(pg_names); do
    [[ $first == 1 ]] || q+=" UNION ALL "
    first=0
    q+="SELECT (SELECT string_agg(version_num, ',') FROM $s.autogen_version) v, (SELECT string_agg(rev, ',' ORDER BY rev) FROM $s.applied) a"
  done
  q+=") t"
  echo "$q" | pg
}
pg_at_head() {
  pg -c "SELECT count(*) FROM pg_namespace n WHERE nspname LIKE 'fanb\\_%' AND EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relname = 'orders')"
}

# --- MariaDB ----------------------------------------------------------------------------------------------------
my() { mariadb -h "$maria_host" -P "$maria_port" -u "$maria_user" -N -B "$@"; }
my_names() { for i in $(seq -f "%03g" 1 "$databases"); do echo "fanb_$i"; done; }
my_reset() {
  for d in $(my -e "SHOW DATABASES LIKE 'fanb\\_%'"); do echo "DROP DATABASE $d;"; done | my
  my_names | sed 's/.*/CREATE DATABASE &;/' | my
  autogen --url "$maria_url" upgrade a1a1a1a1a1a1 --tenant-schemas 'fanb_*' --parallel 8 > "$work/setup.txt"
}
my_check() {
  local q="SELECT CONCAT(SUM(v = '$head_rev' AND a = 'r1,r2,r3,r4'), ' of ', COUNT(*)) FROM ("
  local first=1
  for d in $(my_names); do
    [[ $first == 1 ]] || q+=" UNION ALL "
    first=0
    q+="SELECT (SELECT GROUP_CONCAT(version_num) FROM $d.autogen_version) v, (SELECT GROUP_CONCAT(rev ORDER BY rev) FROM $d.applied) a"
  done
  q+=") t"
  my -e "$q"
}
my_at_head() {
  my -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema LIKE 'fanb\\_%' AND table_name = 'orders'"
}

# --- the runs ---------------------------------------------------------------------------------------------------
results=()
timed() { # label url reset check
  local label="$1" url="$2" reset="$3" check="$4" parallel="$5"
  $reset
  local t0 t1
  t0=$(now)
  autogen --url "$url" upgrade head --tenant-schemas 'fanb_*' --parallel "$parallel" > "$work/run.txt"
  t1=$(now)
  local secs; secs=$(elapsed "$t0" "$t1")
  local ok; ok=$($check)
  echo "fanout: $label --parallel $parallel: $secs s; at head with each migration once: $ok ($(tail -n 1 "$work/run.txt"))" >&2
  results+=("| $label | --parallel $parallel | $secs s | $ok | $(tail -n 1 "$work/run.txt") |")
}
killed() { # label url reset check at_head total
  local label="$1" url="$2" reset="$3" check="$4" at_head="$5" total="$6"
  $reset
  local t0 t1
  : > "$work/killed.txt"
  t0=$(now)
  java -XX:TieredStopAtLevel=1 -jar "$jar" --migrations "$work/migrations" --url "$url" upgrade head \
    --tenant-schemas 'fanb_*' --parallel 8 > "$work/killed.txt" 2>&1 &
  local pid=$!
  # kill -9 once about half the targets have printed their line
  while kill -0 "$pid" 2>/dev/null && [[ $(wc -l < "$work/killed.txt") -lt $((total / 2)) ]]; do sleep 0.05; done
  kill -9 "$pid" 2>/dev/null || true
  local code=0
  wait "$pid" 2>/dev/null || code=$?
  [[ $code == 137 ]] || echo "fanout: $label: the run ended (exit $code) before the kill" >&2
  local done_before; done_before=$($at_head)
  autogen --url "$url" upgrade head --tenant-schemas 'fanb_*' --parallel 8 > "$work/rerun.txt"
  t1=$(now)
  local ok; ok=$($check)
  local summary; summary=$(tail -n 1 "$work/rerun.txt")
  echo "fanout: $label killed at $done_before of $total at head; rerun: $summary; at head with each migration once: $ok; kill to end $(elapsed "$t0" "$t1") s" >&2
  results+=("| $label | --parallel 8, kill -9 at $done_before of $total, rerun | $(elapsed "$t0" "$t1") s (both runs) | $ok | rerun: $summary |")
}

# The same three migrations' statements sent by plain mariadb clients, one database after another and 8 at a time:
# what the server itself gains from parallel DDL, to set Autogen's gain against (after the first migration, untimed).
my_plain() {
  local parallel="$1"
  for d in $(my -e "SHOW DATABASES LIKE 'fanp\\_%'"); do echo "DROP DATABASE $d;"; done | my
  for i in $(seq -f "%03g" 1 "$databases"); do
    echo "CREATE DATABASE fanp_$i; CREATE TABLE fanp_$i.items (id BIGINT NOT NULL, name VARCHAR(50), PRIMARY KEY (id));"
    echo "CREATE TABLE fanp_$i.applied (rev VARCHAR(20));"
  done | my
  local t0 t1
  t0=$(now)
  seq -f "fanp_%03g" 1 "$databases" | xargs -P "$parallel" -I{} mariadb -h "$maria_host" -P "$maria_port" \
    -u "$maria_user" {} -e "ALTER TABLE items ADD COLUMN qty INT; INSERT INTO applied VALUES ('r2');
      CREATE INDEX idx_items_name ON items (name); INSERT INTO applied VALUES ('r3');
      CREATE TABLE orders (id BIGINT NOT NULL, item_id BIGINT NOT NULL, PRIMARY KEY (id),
        CONSTRAINT fk_orders_item FOREIGN KEY (item_id) REFERENCES items (id)); INSERT INTO applied VALUES ('r4');"
  t1=$(now)
  for d in $(my -e "SHOW DATABASES LIKE 'fanp\\_%'"); do echo "DROP DATABASE $d;"; done | my
  echo "fanout: MariaDB, $databases databases, plain mariadb clients, $parallel at a time: $(elapsed "$t0" "$t1") s" >&2
  results+=("| MariaDB, $databases databases, the same statements from plain \`mariadb\` clients | $parallel at a time | $(elapsed "$t0" "$t1") s | | |")
}

if [[ "$only" != mariadb ]]; then
  [[ $skip_sequential == 1 ]] || timed "PostgreSQL, $schemas schemas" "$pg_url" pg_reset pg_check 1
  timed "PostgreSQL, $schemas schemas" "$pg_url" pg_reset pg_check 8
  killed "PostgreSQL, $schemas schemas" "$pg_url" pg_reset pg_check pg_at_head "$schemas"
  pg_drop
fi
if [[ "$only" != postgresql ]]; then
  [[ $skip_sequential == 1 ]] || timed "MariaDB, $databases databases" "$maria_url" my_reset my_check 1
  timed "MariaDB, $databases databases" "$maria_url" my_reset my_check 8
  killed "MariaDB, $databases databases" "$maria_url" my_reset my_check my_at_head "$databases"
  [[ $skip_sequential == 1 ]] || my_plain 1
  my_plain 8
  for d in $(my -e "SHOW DATABASES LIKE 'fanb\\_%'"); do echo "DROP DATABASE $d;"; done | my
fi

echo
echo "| targets | run | wall time | at head, each migration once | summary |"
echo "|---|---|---|---|---|"
printf '%s\n' "${results[@]}"
