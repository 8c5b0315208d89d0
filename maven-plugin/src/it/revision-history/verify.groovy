// build.log holds the nine invocations of invoker.properties, in order
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 9 : runs.size()
def history = '[INFO] No URL is set: comparing the entities with the schema the migrations build (history)'

// 1. the first migration, written from the (empty) history with no database
assert runs[0].contains(history)
assert runs[0].contains('[INFO] Wrote ')
assert runs[0].contains('BUILD SUCCESS')
def versions = new File(basedir, 'migrations/versions')
def first = new File(versions, '0000000000c1_create_customers.java').text
assert first.contains('op.createTable(') : first
assert first.contains('"customers"') : first
assert !first.contains('"orders"') : first

// 2. the history now builds what the entities map: check passes and diff finds nothing
assert runs[1].contains('[INFO] No changes: the schema the migrations build matches the entities.')
assert runs[1].contains('[INFO] No changes.')
assert runs[1].contains('BUILD SUCCESS')

// 3. the entity the history lacks, listed by diff from the history
assert runs[2].contains(history)
assert runs[2].contains('[INFO] + add table orders (id, customer_id)')
assert !runs[2].contains('add table customers')
assert runs[2].contains('BUILD SUCCESS')

// 4. the second migration: that table only, revising the first
def second = new File(versions, '0000000000c2_add_orders.java').text
assert second.contains('"0000000000c1"') : second
assert second.contains('op.createTable(') : second
assert second.contains('"orders"') : second
assert !second.contains('"customers"') : second
assert runs[3].contains('BUILD SUCCESS')

// 5. both run on a real database, which then matches the entities
assert runs[4].contains('[INFO] Running upgrade  -> 0000000000c1, create-customers')
assert runs[4].contains('[INFO] Running upgrade 0000000000c1 -> 0000000000c2, add-orders')
assert !runs[4].contains(history)
assert runs[4].contains('[INFO] No changes: the database matches the entities.')
assert runs[4].contains('BUILD SUCCESS')

// 6. to 8. one line each, no stack trace
assert runs[5].contains('on project revision-history: -Dautogen.against=history needs the database the migrations are'
        + ' for: name it with -Dautogen.dialect=postgresql|mariadb|mysql|sqlite|h2 or set -Dautogen.url -> [Help 1]')
assert runs[6].contains("on project revision-history: against (-Dautogen.against) is database, history or scratch,"
        + " not 'yesterday' -> [Help 1]")
assert runs[7].contains("on project revision-history: unknown dialect 'oracle' for -Dautogen.dialect: use"
        + " postgresql, mariadb, mysql, sqlite or h2 -> [Help 1]")
assert !log.contains('Caused by')
assert !(log =~ /(?m)^\s+at (dev\.autogen|org\.hibernate|org\.sqlite|java\.sql)\./)

// 9. an empty revision needs no dialect and says nothing of the history
assert !runs[8].contains(history)
assert runs[8].contains('BUILD SUCCESS')
def third = new File(versions, '0000000000c3_empty.java').text
assert third.contains('"0000000000c2"') : third

// the failed runs wrote nothing
assert versions.list().findAll { it.endsWith('.java') }.sort() ==
        ['0000000000c1_create_customers.java', '0000000000c2_add_orders.java', '0000000000c3_empty.java']
return true
