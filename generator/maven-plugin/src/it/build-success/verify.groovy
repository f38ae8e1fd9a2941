// build publishes the vault: pages for both notes, the linked note's href, the embedded image copied.
def site = new File(basedir, 'target/site')
assert new File(site, 'index.html').isFile()
def welcome = new File(site, 'welcome.html')
def queues = new File(site, 'topics/queues.html')
assert welcome.isFile() && queues.isFile()
assert welcome.getText('UTF-8').contains('href="topics/queues.html"')
assert queues.getText('UTF-8').contains('href="../welcome.html"')

def image = new File(site, 'attachments/queue-diagram.png')
assert image.isFile()
assert image.bytes == new File(basedir, 'content/attachments/queue diagram.png').bytes
assert welcome.getText('UTF-8').contains('src="attachments/queue-diagram.png"')

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('studysite: built 2 notes into ')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING]')
