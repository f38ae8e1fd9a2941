// -Dstudysite.skip=true skips both goals: nothing written, nothing checked.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('studysite: skipped') == 2
assert !log.contains('unresolved-link')
assert !new File(basedir, 'target/site').exists()
