// Spring Boot's settings and naming strategies reached the plugin's run.
def log = new File(basedir, 'build.log').text
def migrations = new File(basedir, 'src/main/java/it/clinic/migrations').listFiles().findAll { it.name.endsWith('.java') }
assert migrations.size() == 1 : "one migration written, found ${migrations*.name}"
def source = migrations[0].text
assert log.contains('Spring Boot settings read from src/main/resources/application.properties')
assert source.contains('"qualified_at"') : 'Spring Boot physical naming: camelCase to snake_case'
assert source.contains('"display_name"')
assert source.contains('"vet_specialties"') : "Spring Boot's implicit naming of the join table"
assert log.contains('No changes: the entities and the database at head agree.')
assert !log.contains('HHH')
return true
