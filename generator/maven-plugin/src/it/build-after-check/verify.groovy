// check (validate) runs before build (package); build publishes, and does not log check's diagnostics again.
def log = new File(basedir, 'build.log').getText('UTF-8')
def line = '[WARNING] content/Queues.md:4:13: warning[unresolved-link]: no note named "Missing note"'
assert log.count(line) == 1
def checked = log.indexOf('studysite: checked 1 note: 1 warning')
def built = log.indexOf('studysite: built 1 note')
assert checked >= 0 && built > checked
assert log.contains('studysite: 1 problem reported above by an earlier goal, not repeated')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/site/queues.html').isFile()
