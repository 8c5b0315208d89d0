// build.log holds the five invocations of invoker.properties, in order
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 7 : runs.size()

// 1. skipped
assert runs[0].contains('[INFO] Skipping autogen:check (autogen.skip)')
assert !runs[0].contains('Drift:')
assert runs[0].contains('BUILD SUCCESS')

// 2. drift fails the build, the differences printed
assert runs[1].contains('[ERROR] Drift: 1 change(s) between the entities and the database:')
assert runs[1].contains('[ERROR]   + add table customers (id, name)')
assert runs[1].contains('check (default-cli) on project check-drift: the database does not match the entities (listed above)')
assert runs[1].contains('BUILD FAILURE')

// 3. a wrong URL: one line, no stack trace, no password
def errors = runs[2].readLines().findAll { it.contains('cannot connect to jdbc:sqlite:') }
assert errors.size() == 1 : errors
assert errors[0].startsWith('[ERROR] Failed to execute goal ')
assert errors[0].contains('cannot connect to jdbc:sqlite:target/no/such/folder/app.db: ')
assert errors[0].contains('check the URL, user and password, and that the database is running')
assert !log.contains('s3cretPassw0rd')
assert !log.contains('Caused by')
assert !(log =~ /(?m)^\s+at (dev\.autogen|org\.hibernate|org\.sqlite|java\.sql)\./)
// 4. a serverId settings.xml does not have
assert runs[3].contains("on project check-drift: no <server> with id 'no-such-server' in settings.xml; add one with"
        + " <username> and <password>, or fix serverId (-Dautogen.serverId) -> [Help 1]")
// 5. failOn=destructive passes on a table to add, still listing it
assert runs[4].contains('[INFO]   + add table customers (id, name)')
assert runs[4].contains('[INFO] Passing: no change is destructive (-Dautogen.failOn=destructive).')
assert runs[4].contains('BUILD SUCCESS')
// 6. no URL: the history (no migration yet) for the named dialect
assert runs[5].contains('[INFO] No URL is set: comparing the entities with the schema the migrations build (history)')
assert runs[5].contains('[ERROR]   + add table customers (id, name)')
assert runs[5].contains('[ERROR] Drift: 1 change(s) between the entities and the schema the migrations build:')
assert runs[5].contains('on project check-drift: the migrations do not build what the entities map (listed above)')
// 7. no URL and no dialect: one line
assert runs[6].contains('on project check-drift: -Dautogen.against=history needs the database the migrations are for:'
        + ' name it with -Dautogen.dialect=postgresql|mariadb|mysql|sqlite|h2 or set -Dautogen.url -> [Help 1]')
return true
