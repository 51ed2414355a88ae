// Checks what the three invocations of invoker.properties left behind.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/db/migrations').listFiles().findAll { it.name.endsWith('.java') }
assert migrations.size() == 1 : "one migration written, found ${migrations*.name}"
assert migrations[0].name ==~ /V\d{8}_\d{6}_Initial\.java/
def id = (migrations[0].name =~ /V(\d{8}_\d{6})_/)[0][1]

assert log.contains('Generated src/main/java/db/migrations/' + migrations[0].name)
assert log.contains('create table todo')
assert log.contains('No changes: the entities and the database at head agree.')
assert log.contains("<base> -> ${id} (head) [applied], initial")
assert log.contains("${id} initial (head)")
def sql = new File(basedir, 'sql/upgrade.sql').text
assert sql.startsWith('-- autogen upgrade base:head: 1 revision, postgresql dialect')
assert sql.contains('CREATE TABLE todo (')
assert log.contains('Wrote the upgrade SQL to ')
assert !log.contains('CREATE TABLE todo (') : 'the SQL went to the file only'

assert log.contains('The entities have changes that no migration holds:')
assert log.contains('  add column todo.notes varchar(255)')
assert log.contains('MojoFailureException')

assert log.contains("Undid ${id} initial")
assert log.contains('base (no revision applied)')
assert log.contains("<base> -> ${id} (head) [pending], initial")
assert log.contains("Revision: ${id}")
assert log.contains('Message:  initial')

assert log.contains('The migrations folder ')
assert log.contains('src/nowhere does not exist.')
assert log.contains('(autogen exit code 3: configuration)')
assert !log.contains('at dev.autogen.') : 'no stack trace'

assert log.contains("but the migrations' head is ${id}")
assert log.contains('In a build, set <shadow>true</shadow> in the check execution')
assert log.contains('(autogen exit code 7: database not at head)')

// Hibernate and the embedded PostgreSQL stay out of the log.
assert !log.contains('HHH')
assert !log.contains('initdb')
return true
