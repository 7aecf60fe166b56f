// Pastes the README's snippet into pom.xml, so this project is built exactly as the README says.
// basedir is the clone under maven-plugin/target/it, four levels below the README.
def readme = new File(basedir, '../../../../README.md').text
def section = readme.substring(readme.indexOf('## Add Tidemark to your Maven project'))
def snippet = (section =~ /(?s)```xml\n(.*?)```/)[0][1]
def pom = new File(basedir, 'pom.xml')
pom.text = pom.text.replace('<!-- README snippet -->', snippet)
return true
