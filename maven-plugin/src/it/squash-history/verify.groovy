// build.log holds the six invocations of invoker.properties, in order
def log = new File(basedir, 'build.log').text
def runs = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 6 : runs.size()

// 1. the squashed migration, written into the versions folder and verified
def written = new File(basedir, 'migrations/versions/5a00000000f0_baseline.java')
assert written.isFile()
def source = written.text
assert source.contains('replaces = {"5a0000000001", "5a0000000002", "5a0000000003"}') : source
assert source.contains('revises = {}') : source
assert source.contains('op.createTable("items"') : source
assert source.contains('op.createTable("orders"') : source
assert source.contains("INSERT INTO items (id, name) VALUES (1, 'a')") : source // raw SQL carried over
assert runs[0].contains('[INFO] Wrote ' + written.path) : runs[0]
assert runs[0].contains('[INFO] verified: the squashed migration builds the same schema as 3 revisions')
assert runs[0].contains('BUILD SUCCESS')

// 2. a fresh database runs only the squashed migration
def upgrade = runs[1]
assert upgrade.contains('[INFO] Running upgrade  -> 5a00000000f0, baseline') : upgrade
assert !upgrade.contains('Running upgrade  -> 5a0000000001') : upgrade
assert upgrade.contains('[INFO] 5a00000000f0 (head)') : upgrade // current
assert upgrade.contains('BUILD SUCCESS')
assert new File(basedir, 'app.db').isFile()

// 3-5. bad input: each one line, no stack trace
def failed = { int i, String message ->
    def errors = runs[i].readLines().findAll { it.startsWith('[ERROR] Failed to execute goal ') }
    assert errors.size() == 1 : runs[i]
    assert errors[0].contains('autogen-maven-plugin:' + pluginVersion + ':squash (default-cli) on project squash-history: '
            + message) : errors[0]
    assert errors[0].endsWith(' -> [Help 1]') : errors[0]
    assert runs[i].contains('BUILD FAILURE')
}
failed(2, 'squash: Revision 5a00000000ff is not in ')
failed(3, 'squash takes a range from base (base:REV); 5a0000000001:5a0000000002 starts elsewhere, which is not supported')
failed(4, 'squash replays the history for a database: name it with -Dautogen.dialect (postgresql, mariadb, mysql,'
        + ' sqlite or h2) or set the database URL')
assert !new File(basedir, 'migrations/versions').list().any { it.endsWith('_x.java') }

// 6. verify finds a difference: listed, and the build fails
def drift = runs[5]
assert new File(basedir, 'target/squash-drift/5b00000000f0_drifted.java').isFile()
assert drift.contains('[ERROR] differs: add column audit') : drift
assert drift.contains('[ERROR] differs: after the squashed downgrade, still to do: drop table audit') : drift
assert drift.contains(':squash (default-cli) on project squash-history: 2 difference(s) between the squashed migration'
        + ' and the 2 revisions it replaces (listed above); ') : drift
assert !drift.contains('verified: ')
assert drift.contains('BUILD FAILURE')
assert !new File(basedir, 'drift/versions/5b00000000f0_drifted.java').exists()

assert !log.contains('Caused by')
assert !(log =~ /(?m)^\s+at (dev\.autogen|org\.sqlite|java\.sql)\./)
return true
