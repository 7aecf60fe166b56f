package dev.tidemark.processor;

/**
 * Every message the processor prints, each with a stable tag, so tests assert the same text the
 * processor prints and users can search for the tag. Options are spelled as javac takes them,
 * {@code -Atidemark.x}; the {@link Reporter} respells them for a Maven build.
 */
public enum Diagnostic {
  NO_ID("TidemarkNoId", "Entity %s has no @Id attribute; add one or mark the class @MappedSuperclass"),
  COMPOSITE_ID("TidemarkCompositeId",
      "Entity %s has %d @Id attributes but no @IdClass; add @IdClass naming a class with the same attributes,"
          + " or gather them in an @EmbeddedId"),
  UNSUPPORTED_TYPE("TidemarkUnsupportedType",
      "Attribute %s has type %s, which Tidemark does not map as a column. Supported: the primitives and their boxes,"
          + " String, char[], byte[], BigDecimal, BigInteger, the java.time types (LocalDate, LocalDateTime, LocalTime,"
          + " Instant, OffsetDateTime, OffsetTime, ZonedDateTime, Duration, Year, ZoneId, ZoneOffset), java.util.Date"
          + " and Calendar, java.sql dates, UUID, Currency, Locale, URL, enums, and arrays of these. Map a value"
          + " object with @Embedded, a collection with @ElementCollection, another type with @Convert, or mark it"
          + " @Transient if it is not stored"),
  BAD_VALUE("TidemarkBadValue", "%s on %s is invalid: %s"),
  UNSUPPORTED_MAPPING("TidemarkUnsupportedMapping", "%s is not supported by Tidemark yet: %s"),
  ENUM_CODE("TidemarkEnumCode",
      "The @EnumeratedValue code of %s cannot be read at compile time: %s. Give each constant its code as a literal"
          + " or a constant (static final) passed to a constructor that assigns it to the field"),
  ENUM_CODES_COMPILED("TidemarkEnumCodesCompiled",
      "%s stores enum %s by its @EnumeratedValue codes, which Tidemark reads from the enum's source, but the enum comes"
          + " from a class file, whose codes only running its constructors tells. Compile the enum's source with the"
          + " entities: move it into this module, or add its source directory to this compilation"),
  DUPLICATE_TABLE("TidemarkDuplicateTable", "Entities %s and %s both map to table %s.%s"),
  DUPLICATE_COLUMN("TidemarkDuplicateColumn", "Entity %s maps two attributes to column %s"),
  CONVERTED_CHECK("TidemarkConvertedCheck",
      "%s is stored through converter %s, and Hibernate checks its column against the converted values of %s,"
          + " which it learns by running the converter at startup: a compiler cannot run it, so Tidemark cannot"
          + " write that check. %s"),
  NO_SETTER("TidemarkNoSetter",
      "%s maps property %s through getter %s, which has no setter: Hibernate fails at startup (Could not locate"
          + " setter method). Add a setter, mark the getter @Transient if it is computed, or map the field"
          + " with @Access(AccessType.FIELD)"),
  SEQUENCE_CONFLICT("TidemarkSequenceConflict",
      "Sequence %s is declared twice with different settings: %s and %s; give both the same"
          + " initialValue and allocationSize"),
  SCHEMA_CYCLE("TidemarkSchemaCycle",
      "Foreign keys run in a cycle through schemas %s (%s): Tidemark migrates one schema after another, each"
          + " with its own chain, so the keys between schemas must all run one way; move the tables of the cycle"
          + " into one schema (a join or collection table without a schema is in the default schema: name its"
          + " owner's in @JoinTable or @CollectionTable), or keep one direction's keys out with"
          + " @ForeignKey(ConstraintMode.NO_CONSTRAINT)"),
  CATALOG_IGNORED("TidemarkCatalogIgnored",
      "@%s(catalog = \"%s\") on %s is ignored: a PostgreSQL connection sees one catalog, and Hibernate ignores it too"),
  UNKNOWN_TARGET("TidemarkUnknownTarget",
      "%s refers to %s, which is not an @Entity of this compilation; Tidemark needs the target entity to type"
          + " the join column"),
  UNKNOWN_COLUMN("TidemarkUnknownColumn", "%s names column '%s', which %s does not map"),
  UNKNOWN_TABLE("TidemarkUnknownTable",
      "%s places its column in table '%s', which %s does not declare: Hibernate refuses it. Declare it with"
          + " @SecondaryTable(name = \"%s\"), or leave table out to keep the column in the entity's table"),
  RESERVED_COLUMN("TidemarkReservedWord",
      "Column name '%s' of %s is a reserved word in PostgreSQL: Hibernate writes it unquoted in its DDL, inserts and"
          + " updates, which PostgreSQL rejects. Quote it in the mapping, as \"`%s`\", or choose another name"),
  RESERVED_TABLE("TidemarkReservedTable",
      "Table name '%s' of %s is a reserved word in PostgreSQL: Tidemark quotes it, but Hibernate writes it unquoted,"
          + " which works only where Hibernate qualifies it with a schema (hibernate.default_schema or"
          + " @Table(schema)). Quote it in the mapping, as \"`%s`\", to be safe everywhere"),
  IDENTITY_TYPE("TidemarkIdentityType",
      "Attribute %s uses GenerationType.IDENTITY but has type %s; identity needs an integer type (int, long, short)"),
  BAD_OPTION("TidemarkBadOption", "Option -A%s=%s is invalid: %s"),
  MISSING_OPTION("TidemarkMissingOption", "Option -A%s is required: %s"),
  LEDGER_CORRUPT("TidemarkLedgerCorrupt", "Ledger file %s is corrupt: %s. Restore it from version control"),
  LEDGER_IO("TidemarkLedgerIo",
      "Cannot %s ledger path %s: %s. The ledger (-Atidemark.dir) must be a directory the build can read and write"),
  GENERATED_IO("TidemarkGeneratedIo", "Cannot write generated file %s: %s"),
  LEDGER_TAMPERED("TidemarkLedgerTampered",
      "Frozen revision %s (%s) no longer matches its checksum: %s. A frozen revision must not change;"
          + " restore its files from version control and make the change in a new revision"),
  LEDGER_MERGE_CONFLICT("TidemarkLedgerMergeConflict",
      "Frozen revisions %s both follow %s, as happens when two branches each froze a revision. Keep the one"
          + " already applied to shared databases; delete the files of the other (%s), take head.json from the"
          + " branch you keep, and rebuild: its changes come back as a draft on top, to freeze again"),
  LEDGER_MISSING_REVISION("TidemarkLedgerMissingRevision",
      "Frozen revision %s of schema %s is missing: %s. A frozen revision may already be applied to databases, so"
          + " Tidemark never makes it again as a draft; restore %s.json and its .sql preview from version control"
          + " (if you deleted it to resolve a merge of two frozen revisions, take head.json from the branch you kept)"),
  LEDGER_PREVIEW("TidemarkLedgerPreview",
      "The SQL preview %s of frozen revision %s %s. Reviewers approved the revision by its preview, so it must show"
          + " what the revision runs, and the build never rewrites a frozen revision's files: restore it from version"
          + " control"),
  LEDGER_BROKEN_CHAIN("TidemarkLedgerBrokenChain", "Ledger of schema %s is not one chain: %s"),
  CHECK_FAILED("TidemarkCheckFailed",
      "Entities differ from the ledger of schema %s (at %s): %s. Build without -Atidemark.mode=check to record"
          + " the change as a draft, then freeze it with -Atidemark.freeze=<name>"),
  CHECK_DRAFT("TidemarkCheckDraft",
      "The ledger of schema %s holds draft revision %s. Freeze it with -Atidemark.freeze=<name> before merging"),
  NOTHING_TO_FREEZE("TidemarkNothingToFreeze",
      "-Atidemark.freeze=%s was given, but the entities of schema %s match its ledger (at %s): nothing to freeze"),
  UNSUPPORTED_CHANGE("TidemarkUnsupportedChange", "Schema %s cannot be migrated: %s"),
  DROP_TABLE_QUESTION("TidemarkDropTable",
      "Table %s.%s is no longer mapped by any entity. If its entity was renamed, put @RenamedFrom(\"%s\") on it;"
          + " if the table and its data should go, put @Acknowledge(rule = \"TM101\", on = \"%s\", reason = \"...\")"
          + " on an entity or package"),
  DROP_COLUMN_QUESTION("TidemarkDropColumn",
      "Column %s.%s is no longer mapped by %s. If it was renamed, put @RenamedFrom(\"%s\") on the attribute that"
          + " maps it now; if the column and its data should go, put @Acknowledge(rule = \"TM102\", on = \"%s\","
          + " reason = \"...\") on %s"),
  RENAMED_FROM_UNKNOWN("TidemarkRenamedFromUnknown",
      "@RenamedFrom names %s %s, which the ledger of schema %s does not have (at %s); the closest names it has: %s."
          + " A typo is the likeliest cause: correct the name, or remove the annotation if nothing was renamed"),
  ACKNOWLEDGE_DROP_UNKNOWN("TidemarkAcknowledgeDropUnknown",
      "@AcknowledgeDrop names %s %s, which the ledger of schema %s has never had; the closest names it has: %s."
          + " Correct the name, or remove it from the annotation"),
  SAFETY_BLOCKED("TidemarkUnsafe", "%s"),
  SAFETY_WARNED("TidemarkRisk", "%s"),
  SAFETY_RENDERED_SAFELY("TidemarkSafeForm", "%s"),
  ACKNOWLEDGEMENT_UNUSED("TidemarkStaleAcknowledgement",
      "@Acknowledge(rule = \"%s\") of %s matches no risk of the draft of schema %s: remove it once its revision"
          + " is frozen, or correct its rule or target"),
  ACKNOWLEDGE_TARGET("TidemarkAcknowledgeTarget", "@Acknowledge on %s names nothing: %s"),
  ACKNOWLEDGE_INVALID("TidemarkAcknowledgeInvalid", "@Acknowledge cannot be used: %s"),
  MANUAL_INVALID("TidemarkManualRevision", "Manual revision %s cannot be used: %s"),
  MANUAL_POSITION("TidemarkManualPosition",
      "Manual revision %s declares after = \"%s\", but the last frozen revision of schema %s is %s; a new revision"
          + " can only follow the last frozen one, so set after = \"%s\""),
  MANUAL_CHANGED("TidemarkManualChanged",
      "Manual revision %s (%s) %s since it was frozen. A frozen revision must not change: restore it from version"
          + " control and put new work in a new @ManualRevision"),
  MANUAL_MISSING("TidemarkManualMissing",
      "Frozen revision %s runs %s, which is not in this compilation; restore the class from version control"),
  SQL_INVALID("TidemarkSqlRevision", "SQL revision file %s cannot be used: %s"),
  SQL_POSITION("TidemarkSqlPosition",
      "SQL revision file %s is number %d, but a new revision of schema %s can only be number %d (after %s);"
          + " rename it %s"),
  SQL_CHANGED("TidemarkSqlChanged",
      "SQL revision %s (%s) changed since it was frozen. A frozen revision may already be applied to databases, and"
          + " reviewers approved it as written: restore the file from version control and put new work in a new"
          + " SQL revision"),
  SQL_MISSING("TidemarkSqlMissing",
      "Frozen SQL revision %s runs %s, which is missing; restore it from version control"),
  PARTITIONING_INVALID("TidemarkPartitioning", "@RangePartitioned on %s cannot be used: %s"),
  HAND_WRITTEN_CHANGE("TidemarkHandWrittenChange", "Schema %s cannot record this change as an entity revision: %s"),
  DRAFT_RECORDED("TidemarkDraft", "Schema %s: draft revision %s records %s"),
  FROZEN("TidemarkFrozen", "Schema %s: froze revision %s"),
  INTERNAL("TidemarkInternalError",
      "Tidemark failed unexpectedly while processing %s. Please report this with the following: %s");

  private final String tag;
  private final String template;

  Diagnostic(String tag, String template) {
    this.tag = tag;
    this.template = template;
  }

  public String tag() {
    return tag;
  }

  /** The message as printed: {@code [TidemarkNoId] Entity Trade has no @Id attribute; ...}. */
  public String format(Object... arguments) {
    return "[" + tag + "] " + String.format(template, arguments);
  }
}
