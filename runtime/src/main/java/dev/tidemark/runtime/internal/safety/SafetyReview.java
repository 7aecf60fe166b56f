package dev.tidemark.runtime.internal.safety;

import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.SafetyPolicy;
import dev.tidemark.runtime.diff.EnumConversion;
import dev.tidemark.runtime.operation.AddCheck;
import dev.tidemark.runtime.operation.AddColumn;
import dev.tidemark.runtime.operation.AddForeignKey;
import dev.tidemark.runtime.operation.AddPrimaryKey;
import dev.tidemark.runtime.operation.AddUnique;
import dev.tidemark.runtime.operation.AlterColumnDefault;
import dev.tidemark.runtime.operation.AlterColumnIdentity;
import dev.tidemark.runtime.operation.AlterColumnNullability;
import dev.tidemark.runtime.operation.AlterColumnType;
import dev.tidemark.runtime.operation.AlterSequence;
import dev.tidemark.runtime.operation.CreateIndex;
import dev.tidemark.runtime.operation.CreateSequence;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.CustomOperation;
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.DropConstraint;
import dev.tidemark.runtime.operation.DropIndex;
import dev.tidemark.runtime.operation.DropSequence;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.operation.RenameColumn;
import dev.tidemark.runtime.operation.RenameConstraint;
import dev.tidemark.runtime.operation.RenameIndex;
import dev.tidemark.runtime.operation.RenameTable;
import dev.tidemark.runtime.operation.SetColumnComment;
import dev.tidemark.runtime.operation.SetTableComment;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Classifies a revision's operations by risk and judges them under a policy. Both sides call it:
 * the processor on every draft (with {@link TableFacts#UNKNOWN}), the migrator before it runs a
 * revision (with what the database says). Tables created in the same revision are exempt from the
 * risk rules, since nothing uses them yet; the design rules are about exactly those tables.
 */
public final class SafetyReview {

  private SafetyReview() {}

  /**
   * Reviews {@code operations}, applied in order to {@code from}.
   *
   * @param policy how strictly to judge
   * @param from the schema before the revision
   * @param operations the revision's operations
   * @param acknowledgements the risks the revision accepts
   * @param tables what is known about the data
   */
  public static SafetyReport review(SafetyPolicy policy, Schema from, List<Operation> operations,
      List<Acknowledgement> acknowledgements, TableFacts tables) {
    Schema to = Operation.applyAll(from, operations);
    // One builder walked through the revision: a schema copied for each operation made a revision of
    // thousands of tables quadratic.
    Hazards hazards = new Hazards(from.toBuilder(), to, tables);
    for (int position = 0; position < operations.size(); position++) {
      hazards.position = position;
      operations.get(position).accept(hazards);
      operations.get(position).applyTo(hazards.schema);
    }
    if (policy == SafetyPolicy.STRICT) {
      hazards.designOfCreatedTables();
    }
    return judge(policy, hazards.found, acknowledgements);
  }

  /**
   * The timeouts rule, checked once when a migrator is configured: STRICT runs no revision without
   * a statement timeout (the lock timeout has a default under ENHANCED and STRICT, see
   * {@link LockRetry}).
   */
  public static Optional<Finding> timeouts(SafetyPolicy policy, Duration statementTimeout) {
    if (policy != SafetyPolicy.STRICT || statementTimeout != null) {
      return Optional.empty();
    }
    Hazard hazard = new Hazard(Rule.MISSING_TIMEOUT, -1, "*", null, "no statement timeout is configured");
    return Optional.of(new Finding(hazard, Verdict.BLOCKED, null));
  }

  private static SafetyReport judge(SafetyPolicy policy, List<Hazard> hazards, List<Acknowledgement> acknowledgements) {
    List<Finding> findings = new ArrayList<>();
    Set<Acknowledgement> used = new HashSet<>();
    for (Hazard hazard : hazards) {
      Optional<Acknowledgement> acknowledgement = acknowledgements.stream()
          .filter(candidate -> candidate.rule().equals(hazard.rule().id())
              && candidate.target().equals(hazard.target()))
          .findFirst();
      acknowledgement.ifPresent(used::add);
      findings.add(new Finding(hazard,
          acknowledgement.isPresent() ? Verdict.ACKNOWLEDGED : verdict(policy, hazard.rule()),
          acknowledgement.orElse(null)));
    }
    List<Acknowledgement> unused = acknowledgements.stream().filter(candidate -> !used.contains(candidate)).toList();
    return new SafetyReport(findings, unused);
  }

  private static Verdict verdict(SafetyPolicy policy, Rule rule) {
    return switch (rule.kind()) {
      case DATA_LOSS, FAILS_ON_DATA -> Verdict.BLOCKED;
      case TABLE_REWRITE, BLOCKING_LOCK -> !policy.rendersSafeForms() ? Verdict.WARNED
          : rule.hasSafeForm() ? Verdict.RENDERED_SAFELY : Verdict.BLOCKED;
      case BREAKING_CHANGE -> policy == SafetyPolicy.STRICT ? Verdict.BLOCKED : Verdict.WARNED;
      case DESIGN, NO_TIMEOUT -> Verdict.BLOCKED;
    };
  }

  /** Walks the revision, keeping the schema as it is before each operation. */
  private static final class Hazards implements Operation.Visitor<Void> {

    private final TableFacts tables;
    private final Set<String> createdTables = new HashSet<>();
    private final List<Hazard> found = new ArrayList<>();
    /** Checks dropped so far, by table: an enum's old check is dropped before its column's type changes. */
    private final Map<String, List<CheckConstraint>> droppedChecks = new HashMap<>();
    /** The (table, column) pairs whose values this revision converts so far. */
    private final Set<List<String>> convertedColumns = new HashSet<>();
    private final Schema target;
    private final Schema.Builder schema;
    private int position;

    Hazards(Schema.Builder from, Schema target, TableFacts tables) {
      this.schema = from;
      this.target = target;
      this.tables = tables;
    }

    private boolean exempt(String table) {
      return createdTables.contains(table);
    }

    private void add(Rule rule, String table, String part, String detail) {
      found.add(new Hazard(rule, position, table, part, detail));
    }

    private Column column(String table, String column) {
      return Operation.requireColumn(schema, table, column);
    }

    @Override
    public Void visit(CustomOperation operation) {
      if (operation.losesData() && !exempt(operation.subject())) {
        add(Rule.CUSTOM_DATA_LOSS, operation.subject(), null, operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(CreateTable operation) {
      createdTables.add(operation.table().name());
      return null;
    }

    @Override
    public Void visit(DropTable operation) {
      if (!createdTables.remove(operation.table())) {
        add(Rule.DROP_TABLE, operation.table(), null, operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(RenameTable operation) {
      if (createdTables.remove(operation.from())) {
        createdTables.add(operation.to());
      } else {
        add(Rule.RENAME_TABLE, operation.to(), null, operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(AddColumn operation) {
      String table = operation.table();
      Column column = operation.column();
      if (exempt(table)) {
        return null;
      }
      if (column.identity()) {
        add(Rule.IDENTITY_COLUMN, table, column.name(), operation.describe());
      } else if (column.defaultValue() != null && DefaultExpressions.mayBeVolatile(column.defaultValue())) {
        add(Rule.VOLATILE_DEFAULT, table, column.name(), operation.describe());
      }
      if (!column.nullable() && !column.identity() && column.defaultValue() == null) {
        if (tables.mayHaveRows(table)) {
          add(Rule.REQUIRED_COLUMN_WITHOUT_DEFAULT, table, column.name(), operation.describe());
        }
        add(Rule.REQUIRED_WITHOUT_DEFAULT, table, column.name(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(DropColumn operation) {
      if (!exempt(operation.table())) {
        add(Rule.DROP_COLUMN, operation.table(), operation.column(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(RenameColumn operation) {
      if (!exempt(operation.table())) {
        add(Rule.RENAME_COLUMN, operation.table(), operation.to(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(AlterColumnType operation) {
      if (exempt(operation.table())) {
        return null;
      }
      String before = column(operation.table(), operation.column()).type();
      TypeChange change = TypeChange.of(before, operation.type());
      String detail = "alter column " + operation.table() + "." + operation.column()
          + (change == TypeChange.NONE ? " converting its values" : " from " + before + " to " + operation.type());
      if (operation.using() != null) {
        // A conversion is written for an enum whose values change meaning; it loses only removed constants (TM105).
        convertedColumns.add(List.of(operation.table(), operation.column()));
        List<String> lost = EnumConversion.lostValues(withDroppedChecks(operation.table()),
            Operation.requireTable(target, operation.table()), operation.column());
        if (!lost.isEmpty()) {
          add(Rule.ENUM_CONSTANTS_REMOVED, operation.table(), operation.column(), detail + ", whose stored values "
              + lost + " no longer stand for a constant and would become null");
        }
      } else if (change == TypeChange.NARROWING) {
        add(Rule.NARROWING_TYPE, operation.table(), operation.column(), detail);
      }
      // A conversion rewrites every row, even into the same type.
      if (change == TypeChange.NARROWING || change == TypeChange.REWRITE || operation.using() != null) {
        add(Rule.REWRITING_TYPE_CHANGE, operation.table(), operation.column(), detail);
      }
      return null;
    }

    @Override
    public Void visit(AlterColumnNullability operation) {
      Column before = column(operation.table(), operation.column());
      if (operation.nullable() || !before.nullable() || exempt(operation.table())) {
        return null;
      }
      Table table = Operation.requireTable(schema, operation.table());
      if (!provesNotNull(table, operation.column())) {
        add(Rule.SET_NOT_NULL, operation.table(), operation.column(), operation.describe());
      }
      if (before.defaultValue() == null) {
        add(Rule.REQUIRED_WITHOUT_DEFAULT, operation.table(), operation.column(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(AlterColumnDefault operation) {
      Column before = column(operation.table(), operation.column());
      if (operation.defaultValue() == null && before.defaultValue() != null && !before.nullable()
          && !exempt(operation.table())) {
        add(Rule.DROP_DEFAULT_OF_REQUIRED, operation.table(), operation.column(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(AlterColumnIdentity operation) {
      Column before = column(operation.table(), operation.column());
      // Without its identity the column is still NOT NULL and now has no default.
      if (!operation.identity() && before.identity() && !exempt(operation.table())) {
        add(Rule.DROP_DEFAULT_OF_REQUIRED, operation.table(), operation.column(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(AddPrimaryKey operation) {
      if (!exempt(operation.table())) {
        add(Rule.PRIMARY_KEY, operation.table(), operation.primaryKey().name(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(AddUnique operation) {
      if (!exempt(operation.table())) {
        add(Rule.UNIQUE, operation.table(), operation.unique().name(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(AddCheck operation) {
      if (!exempt(operation.table())) {
        add(Rule.CHECK, operation.table(), operation.check().name(), operation.describe());
        // An enum that lost constants: rows holding them fail the new check, and nothing says what they become.
        // A converted column was asked about with its conversion.
        droppedChecks.getOrDefault(operation.table(), List.of()).stream()
            .filter(before -> EnumConversion.column(before)
                .filter(column -> convertedColumns.contains(List.of(operation.table(), column))).isEmpty())
            .map(before -> EnumConversion.removedValues(before, operation.check()))
            .filter(removed -> !removed.isEmpty())
            .findFirst()
            .ifPresent(removed -> add(Rule.ENUM_CONSTANTS_REMOVED, operation.table(),
                EnumConversion.column(operation.check()).orElseThrow(),
                operation.describe() + ", which no longer allows the stored values " + removed));
      }
      return null;
    }

    @Override
    public Void visit(AddForeignKey operation) {
      if (!exempt(operation.table())) {
        add(Rule.FOREIGN_KEY, operation.table(), operation.foreignKey().name(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(DropConstraint operation) {
      Operation.requireTable(schema, operation.table()).checks().stream()
          .filter(check -> check.name().equals(operation.name()))
          .forEach(check -> droppedChecks.computeIfAbsent(operation.table(), table -> new ArrayList<>()).add(check));
      return null;
    }

    /** {@code table} as it is now, with the checks this revision dropped from it so far. */
    private Table withDroppedChecks(String table) {
      Table now = Operation.requireTable(schema, table);
      for (CheckConstraint check : droppedChecks.getOrDefault(table, List.of())) {
        now = now.withCheck(check);
      }
      return now;
    }

    @Override
    public Void visit(RenameConstraint operation) {
      return null;
    }

    @Override
    public Void visit(CreateIndex operation) {
      if (!exempt(operation.table())) {
        add(Rule.INDEX_BUILD, operation.table(), operation.index().name(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(DropIndex operation) {
      if (!exempt(operation.table())) {
        add(Rule.DROP_INDEX, operation.table(), operation.name(), operation.describe());
      }
      return null;
    }

    @Override
    public Void visit(RenameIndex operation) {
      return null;
    }

    @Override
    public Void visit(CreateSequence operation) {
      return null;
    }

    @Override
    public Void visit(AlterSequence operation) {
      return null;
    }

    @Override
    public Void visit(DropSequence operation) {
      return null;
    }

    @Override
    public Void visit(SetTableComment operation) {
      return null;
    }

    @Override
    public Void visit(SetColumnComment operation) {
      return null;
    }

    /** STRICT's design rules, on the tables this revision created, as the revision leaves them. */
    void designOfCreatedTables() {
      position = -1;
      for (String name : createdTables.stream().sorted().toList()) {
        Table table = schema.table(name).orElseThrow();
        if (table.primaryKey() != null) {
          for (String key : table.primaryKey().columns()) {
            String type = table.column(key).orElseThrow().type();
            if (type.equals("smallint") || type.equals("integer")) {
              add(Rule.NARROW_KEY, name, key, "primary key column " + name + "." + key + " is " + type);
            }
          }
        }
        for (Column column : table.columns()) {
          if (column.type().startsWith("timestamp") && column.type().endsWith("without time zone")) {
            add(Rule.TIMESTAMP_WITHOUT_TIME_ZONE, name, column.name(),
                "column " + name + "." + column.name() + " is " + column.type());
          }
        }
        for (ForeignKey key : table.foreignKeys()) {
          if (!hasIndexLeadingWith(table, key.columns())) {
            add(Rule.UNINDEXED_FOREIGN_KEY, name, key.name(),
                "foreign key " + name + "." + key.name() + " " + key.columns() + " has no index");
          }
        }
      }
    }
  }

  /** Whether a check of {@code table} is exactly {@code "column" is not null}: then SET NOT NULL needs no scan. */
  private static boolean provesNotNull(Table table, String column) {
    String quoted = PostgresNames.quote(column);
    return table.checks().stream()
        .map(check -> check.expression().replaceAll("[\\s()]", ""))
        .anyMatch(expression -> expression.startsWith(quoted)
            && expression.substring(quoted.length()).equalsIgnoreCase("isnotnull"));
  }

  /** Whether an index, primary key or unique constraint of {@code table} starts with {@code columns}, in any order. */
  private static boolean hasIndexLeadingWith(Table table, List<String> columns) {
    Stream<List<String>> keys = Stream.of(
            Stream.ofNullable(table.primaryKey()).map(key -> key.columns()),
            table.uniques().stream().map(unique -> unique.columns()),
            table.indexes().stream().map(index -> index.keys().stream().map(Index.Key::column).toList()))
        .flatMap(lists -> lists);
    return keys.anyMatch(key -> key.size() >= columns.size()
        && Set.copyOf(key.subList(0, columns.size())).equals(Set.copyOf(columns)));
  }
}
