def ledger = new File(basedir, 'src/main/tidemark/desks')
def files = ledger.list().sort()
assert files.contains('0001_initial.json') : "freeze without clean left ${files}"
assert !files.any { it.contains('draft') } : "a draft survived the freeze: ${files}"

def log = new File(basedir, 'build.log').text
assert log.contains('[TidemarkCheckDraft] The ledger of schema desks holds draft revision 0001_draft. Freeze it with -Dtidemark.freeze=<name>')
assert log.contains('[TidemarkFrozen] Schema desks: froze revision 0001_initial')
assert log.contains('[TidemarkBadOption] Option -Dtidemark.naming=camelCase is invalid: allowed values are hibernate and snake_case')
return true
