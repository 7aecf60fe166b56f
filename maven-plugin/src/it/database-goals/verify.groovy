try {
  def script = new File(basedir, 'target/tidemark/sql/desks.sql')
  assert script.isFile()
  assert script.text.contains('create table "desks"."desk"')

  def log = new File(basedir, 'build.log').text
  assert log.contains('pending: 0001_initial')
  assert log.contains('schema desks: applied 1 revision(s)')
  assert log.contains('schema desks matches revision 0001_initial')
  assert log.contains('pending: none')
  assert log.contains('Tidemark dry run: what adopt would do to schema desks')
  assert log.contains('Tidemark dry run: downgrade of schema desks would run the following')
  assert log.contains('drop table "desks"."desk"')
  assert log.contains('schema desks would be stamped at base')
  assert log.contains('schema desks: reverted 1 revision(s)')
  assert log.contains('schema desks stamped at 0001_initial')
  assert log =~ /1 0001_initial .*, stamped/
  assert log.contains('schema desks repaired')
  assert !log.contains('never-logged-secret')
} finally {
  context.get('postgres')?.close()
}
return true
