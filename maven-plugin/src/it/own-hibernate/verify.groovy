// The plugin read the entities on the project's own Hibernate and driver without a linkage error.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/it/shop/migrations').listFiles().findAll { it.name.endsWith('.java') }
assert migrations.size() == 1 : "one migration written, found ${migrations*.name}"
assert new File(basedir, "target/classes/it/shop/migrations/${migrations[0].name - '.java'}.class").isFile() :
        'Maven compiled the migration against the project\'s autogen-runtime'
assert log.contains('create table product')
assert log =~ /autogen-maven-plugin:[^:]+:check \(default\) @ own-hibernate/ : 'check bound to verify by default'
assert log.contains('No changes: the entities and the database at head agree.')
assert log.contains('BUILD SUCCESS')
// Precedence: the pom's migrationsDir over the environment over autogen.properties; the environment's
// history table over autogen.properties; the entities from autogen.properties.
assert !new File(basedir, 'src/from-env').exists() && !new File(basedir, 'src/from-properties').exists()
assert log.contains('CREATE TABLE IF NOT EXISTS shop_history (')
assert !log.contains('from_properties')
assert !log.contains('HHH')
return true
