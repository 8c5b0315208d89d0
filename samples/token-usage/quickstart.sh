#!/usr/bin/env bash
# The whole Autogen story on the sample, against an embedded SQLite file:
# build, apply the existing history, autogenerate the token-usage migration, upgrade, and check for drift.
# It works in target/quickstart, so the sample itself stays as it is and the script can run again.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
autogen="$root/autogen"
work="$here/target/quickstart"

step() { printf '\n\033[1m$ %s\033[0m\n' "$*"; }

echo "==> Building Autogen and the sample's entities"
"$autogen" --version
log="$(mktemp)"
(cd "$root" && mvn -q -B -f samples/token-usage/pom.xml compile) >"$log" 2>&1 || { cat "$log"; exit 2; }
rm -f "$log"

rm -rf "$work"
mkdir -p "$work"
cp -r "$here/migrations" "$work/migrations"
cat > "$work/autogen.properties" <<PROPS
url=jdbc:sqlite:app.db
migrations=migrations
entities=../classes
package=com.example.tokens
PROPS
cd "$work"

step "autogen upgrade head            # the app's existing history: users, chats, messages"
"$autogen" upgrade head
step "autogen check                   # TokenUsage is a new entity, so the database has drifted"
"$autogen" check || echo "(exit code $?: drift)"
step "autogen -m \"add token usage\"    # write the migration"
file="$("$autogen" -m "add token usage")"
echo "$file"
step "cat ${file#"$work"/}"
cat "$file"
step "autogen upgrade head"
"$autogen" upgrade head
step "autogen current"
"$autogen" current
step "autogen check                   # entities and database agree"
"$autogen" check
