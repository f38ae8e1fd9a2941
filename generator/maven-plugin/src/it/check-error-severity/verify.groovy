// an error fails check by itself; it is logged at ERROR level with its place and code.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] content/Queues.md:3:5: error[unresolved-link]: no note named "Nowhere"')
assert log.contains('studysite: checked 1 note: 1 error in 1 file')
assert log.contains('studysite: the content has 1 error')
assert !log.contains('failOnWarnings')
assert log.contains('BUILD FAILURE')
