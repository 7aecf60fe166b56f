def files = new File(basedir, 'src/main/tidemark/desks').list().sort()
assert files == ['0001_initial.json', '0001_initial.sql', '0002_add_desk_code.json', '0002_add_desk_code.sql', 'head.json']

def log = new File(basedir, 'build.log').text
assert log.contains('[TidemarkCheckDraft] The ledger of schema desks holds draft revision 0002_draft. Freeze it with -Dtidemark.freeze=<name>')
assert log.contains('[TidemarkFrozen] Schema desks: froze revision 0002_add_desk_code')
assert log.contains('Tidemark: the compiler\'s options and the ledger files changed since the last compile; compiling again')
assert new File(basedir, 'target/classes/com/example/desks/migrations/desks/V0002_AddDeskCode.class').isFile()
return true
