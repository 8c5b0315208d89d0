def written = new File(basedir, 'migrations/versions/0000000000a1_create_customers.java')
assert written.isFile()
def source = written.text
assert source.contains('op.createTable(')
assert source.contains('"customers"')
assert source.contains('column("full_name"') : source // hibernateProperties reached Hibernate

// build.log holds the three invocations of invoker.properties, in order
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 4 : runs.size()
assert runs[0].contains('[INFO] Created ')
assert runs[0].contains('[INFO] Wrote ')

// verify: upgrade bound to pre-integration-test, then check in verify
def verify = runs[1]
assert verify.contains('autogen-maven-plugin:' + pluginVersion + ':upgrade (migrate)')
assert verify.contains('[INFO] Running upgrade  -> 0000000000a1, create-customers')
assert verify.indexOf(':upgrade (migrate)') < verify.indexOf(':check (schema-check)')
assert verify.contains('[INFO] No changes: the database matches the entities.')
assert verify.contains('BUILD SUCCESS')

def listings = runs[2]
assert listings.contains('[INFO] <base> -> 0000000000a1 (head) (current), create-customers') // history
assert listings.contains('[INFO] 0000000000a1 (head)\n') // current
assert listings.contains('[INFO] 0000000000a1 (head), create-customers') // heads
assert listings.contains('autogen:check')
assert listings.contains('autogen:revision')
assert listings.contains('BUILD SUCCESS')
def sql = new File(basedir, 'target/autogen/upgrade.sql')
assert sql.isFile()
assert sql.text.toLowerCase().contains('create table customers')
assert sql.text.contains("INSERT INTO autogen_version (version_num) VALUES ('0000000000a1');")

def down = runs[3]
assert down.contains('[INFO] Running downgrade 0000000000a1 -> , create-customers')
assert down.contains('[INFO] base (no migration applied)') // current after the downgrade
assert down.contains('BUILD SUCCESS')
return true
