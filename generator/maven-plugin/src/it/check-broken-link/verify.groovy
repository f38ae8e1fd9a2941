// check logs the diagnostic with its place and code, fails for the warning, and writes nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[WARNING] content/Queues.md:4:13: warning[unresolved-link]: no note named "Missing note"')
assert log.contains('studysite: checked 1 note: 1 warning in 1 file')
assert log.contains('studysite: the content has 1 warning (failOnWarnings)')
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/site').exists()
