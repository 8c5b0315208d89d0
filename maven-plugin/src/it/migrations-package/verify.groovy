def written = new File(basedir, 'src/main/java/com/example/db/migrations/CreateCustomers_0000000000b1.java')
assert written.isFile()
assert written.text.startsWith('package com.example.db.migrations;')
assert written.text.contains('op.createTable(')
// compiled by the project's own build, and nothing of Autogen's left among the sources
assert new File(basedir, 'target/classes/com/example/db/migrations/CreateCustomers_0000000000b1.class').isFile()
assert !new File(basedir, 'src/main/java/com/example/db/migrations/.autogen').exists()

def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 : runs.size()
assert runs[0].contains('[INFO] Wrote ')
assert runs[1].contains('[INFO] Running upgrade  -> 0000000000b1, create-customers')
assert runs[1].contains('[INFO] No changes: the database matches the entities.')
assert runs[1].contains('[INFO] <base> -> 0000000000b1 (head) (current), create-customers')
assert runs[1].contains('[INFO] The applied migration matches its checksum (sqlite)')
assert runs[1].contains('[INFO] Lint: 0 errors, 0 warnings in 1 migration')
assert runs[1].contains('BUILD SUCCESS')
return true
