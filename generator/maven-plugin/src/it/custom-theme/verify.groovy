// The theme's note.peb (extending the bundled base.peb) renders notes; its static file is added;
// every other template and static file comes from the bundled theme.
def site = new File(basedir, 'target/site')
def note = new File(site, 'lambda.html').getText('UTF-8')
assert note.contains('<p class="custom-banner">Custom theme</p>')
assert note.contains('_studysite/custom.css')
assert note.contains('_studysite/style.css')          // base.peb's styles block, kept by parent()
assert !note.contains('class="backlinks"')            // the bundled note.peb was not used

assert new File(site, '_studysite/custom.css').text == new File(basedir, 'theme/static/custom.css').text
assert new File(site, '_studysite/style.css').isFile()
def home = new File(site, 'index.html').getText('UTF-8')
assert !home.contains('custom-banner')                // home.peb is still the bundled one
assert home.contains('_studysite/style.css')
