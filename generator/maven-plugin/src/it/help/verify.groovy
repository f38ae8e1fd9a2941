// The generated help goal lists every goal with its parameters and user properties.
def log = new File(basedir, 'build.log').getText('UTF-8')
for (goal in ['studysite:build', 'studysite:check', 'studysite:help']) {
    assert log.contains(goal)
}
for (property in ['studysite.contentDirectory', 'studysite.outputDirectory', 'studysite.themeDirectory', 'studysite.strict',
 'studysite.failOnWarnings', 'studysite.verbose', 'studysite.skip']) {
    assert log.contains("User property: $property")
}
