def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Drift: 1 change(s) between the entities and the database:')
assert log.contains('[ERROR]   + add table customers')
assert log.contains('the database does not match the entities: 1 change(s) (listed above)')
// one line, no stack trace
assert !(log =~ /(?m)^\s+at (dev\.autogen|org\.hibernate)\./)
return true
