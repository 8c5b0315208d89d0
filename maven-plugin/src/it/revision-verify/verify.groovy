def written = new File(basedir, 'migrations/versions/0000000000a1_create_customers.java')
assert written.isFile()
def source = written.text
assert source.contains('op.createTable(')
assert source.contains('"customers"')
assert source.contains('column("full_name"') : source // hibernateProperties reached Hibernate
def log = new File(basedir, 'build.log').text
assert log.contains('autogen-maven-plugin:' + pluginVersion + ':upgrade (migrate)')
assert log.contains('[INFO] Running upgrade  -> 0000000000a1, create-customers')
assert log.contains('autogen-maven-plugin:' + pluginVersion + ':check (schema-check)')
assert log.contains('[INFO] No changes: the database matches the entities.')
assert log.contains('BUILD SUCCESS')
return true
