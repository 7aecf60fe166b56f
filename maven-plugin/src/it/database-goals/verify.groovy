try {
  def script = new File(basedir, 'target/tidemark/sql/desks.sql')
  assert script.isFile()
  assert script.text.contains('create table "desks"."desk"')

  def log = new File(basedir, 'build.log').text
  assert log.contains('pending: 0001_initial')
  assert log.contains('schema desks: applied 1 revision(s)')
  assert log.contains('schema desks matches revision 0001_initial')
  assert log.contains('pending: none')
  assert !log.contains('never-logged-secret')
} finally {
  context.get('postgres')?.close()
}
return true
