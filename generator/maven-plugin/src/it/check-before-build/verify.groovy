// check is bound to validate, so it fails the build before build (package) publishes anything,
// and the diagnostic is logged once.
def log = new File(basedir, 'build.log').getText('UTF-8')
def line = '[WARNING] content/Queues.md:4:13: warning[unresolved-link]: no note named "Missing note"'
assert log.count(line) == 1
assert log.contains('studysite: the content has 1 warning (failOnWarnings)')
assert !log.contains('studysite: built ')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/site').exists()
