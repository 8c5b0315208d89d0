// build.log holds the invocations of invoker.properties, in order
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3 : runs.size()

// 1. the project's Hibernate 7.2 reads the entities, and says so
def revision = runs[0]
assert revision.contains("[INFO] Reading the entities with the project's Hibernate ORM 7.2.19.Final") : revision
assert revision.contains('BUILD SUCCESS')
def written = new File(basedir, 'migrations/versions/0000000000b1_create_orders.java')
assert written.isFile()
assert written.text.contains('"purchase_orders"')

// 2. what 7.2 mapped is what it finds after the upgrade: no drift
def check = runs[1]
assert check.contains('[INFO] Running upgrade  -> 0000000000b1, create-orders')
assert check.contains('[INFO] No changes: the database matches the entities.') : check
assert check.contains('BUILD SUCCESS')

// 3. Hibernate 6.6: one line naming the project's version and those Autogen reads, no stack trace
def refused = runs[2]
assert refused.contains('BUILD FAILURE')
def error = refused.readLines().find { it.contains('the project depends on Hibernate ORM 6.6.33.Final') }
assert error != null : refused
assert error.contains('Autogen reads entities with Hibernate ORM 7.2 to 7.4')
assert !refused.contains('\tat ') : refused
return true
