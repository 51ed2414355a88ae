// lint listed the unreviewed UPDATE and failed the build with its summary.
def log = new File(basedir, 'build.log').text
assert log.contains('20300101_000001 backfill titles')
assert log =~ /execute UPDATE todo SET title = ''.*NO REVIEW NOTE/
assert log.contains('MojoFailureException')
assert log =~ /\[ERROR\] Failed to execute goal .*:lint .*: 1 risky or unrecognised operation without a \/\/ REVIEW: note/
return true
