// Checks what the three invocations of invoker.properties left behind.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/db/migrations').listFiles().findAll { it.name.endsWith('.java') }
assert migrations.size() == 3 : "two revisions and their squash, found ${migrations*.name}"
def squash = migrations.find { it.name.contains('_Squashed') }
assert squash != null : "a squashed revision, found ${migrations*.name}"
def id = (squash.name =~ /V(\d{8}_\d{6})_/)[0][1]
def replaced = migrations.findAll { it != squash }.collect { (it.name =~ /V(\d{8}_\d{6})_/)[0][1] }.sort()

assert squash.text.contains('replaces = {"' + replaced.join('", "') + '"}')
assert squash.text.contains('op.createTable("todo"')
assert log.contains('squashing 2 revisions')
assert log.contains('Delete them once every database')
assert log.contains("${id} squashed (head)")
assert log.contains('No changes: the entities and the database at head agree.')
