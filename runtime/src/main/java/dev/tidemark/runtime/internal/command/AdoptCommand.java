package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.Drift;
import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.internal.PlannedStep;
import dev.tidemark.runtime.internal.RevisionChain;
import dev.tidemark.runtime.internal.catalog.SchemaComparison;
import dev.tidemark.runtime.operation.AddCheck;
import dev.tidemark.runtime.operation.AddColumn;
import dev.tidemark.runtime.operation.AlterColumnDefault;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.DropConstraint;
import dev.tidemark.runtime.operation.DropIndex;
import dev.tidemark.runtime.operation.DropSequence;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.sql.SqlStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * {@code adopt}: takes over a database that has no Tidemark history. An empty schema is upgraded
 * like any new database. A catalog equal to the snapshot of some revision (newest first) is stamped
 * there. Anything else is bridged to the head: the diff from the live catalog to the head's
 * snapshot, without dropping anything the model does not have, runs in one transaction with the
 * stamp, and what is already right is not touched.
 */
public final class AdoptCommand {

  private final CommandContext context;
  private final VerifyCommand catalogs;

  public AdoptCommand(CommandContext context) {
    this.context = context;
    this.catalogs = new VerifyCommand(context);
  }

  /** Adopts the database: stamps, bridges, or upgrades an empty one. */
  public AdoptReport adopt() {
    AdoptReport report = context.underLock("adopt", connection -> adopt(connection, true));
    if (report.outcome() == AdoptReport.Outcome.FRESH) {
      // Outside the lock: the upgrade takes it itself, on its own connection.
      return new AdoptReport(context.schema(), report.outcome(), context.chain().head(), List.of(), List.of(),
          List.of(), new UpgradeCommand(context).run(RevisionChain.HEAD));
    }
    return report;
  }

  /** What {@link #adopt()} would do, without changing anything. */
  public AdoptReport plan() {
    return context.withConnection("plan the adoption", connection -> adopt(connection, false));
  }

  private AdoptReport adopt(Connection connection, boolean apply) throws SQLException {
    if (!context.readHistory(connection).isEmpty()) {
      throw TidemarkException.of(ErrorCode.ALREADY_MANAGED, "schema " + context.schema() + " already has a Tidemark"
          + " history; use status, upgrade or verify instead of adopt");
    }
    Schema live = catalogs.live(connection);
    RevisionChain chain = context.chain();
    if (live.tables().isEmpty() && live.sequences().isEmpty()) {
      return new AdoptReport(context.schema(), AdoptReport.Outcome.FRESH, chain.head(), List.of(), List.of(),
          List.of(), null);
    }
    Schema head = catalogs.expected(connection, chain.migrations().size());
    for (int count = chain.migrations().size(); count > 0; count--) {
      Schema expected = count == chain.migrations().size() ? head : catalogs.expected(connection, count);
      if (SchemaComparison.between(expected, live).isEmpty()) {
        String revision = chain.migrations().get(count - 1).revision().id();
        if (apply) {
          stamp(connection, chain.migrations().subList(0, count), List.of());
          context.log().info("Adopted schema {}: it matches revision {}, stamped", context.schema(), revision);
        }
        return new AdoptReport(context.schema(), apply ? AdoptReport.Outcome.STAMPED : AdoptReport.Outcome.PLANNED,
            revision, List.of(), List.of(), List.of(), null);
      }
    }
    List<Drift> differences = SchemaComparison.between(head, live);
    List<Operation> bridge = SchemaDiff.between(live, head).stream()
        .filter(operation -> !dropsWhatTheModelLacks(operation, live, head))
        .toList();
    Schema model = chain.schemaAfter(chain.migrations().size());
    List<String> statements = bridge.stream()
        .map(operation -> context.renderer().render(asTheModelWritesIt(operation, model)))
        .map(SqlStatement::sql)
        .toList();
    if (apply) {
      context.log().info("Adopting schema {}: bridging it to {} with {} statement(s)", context.schema(),
          chain.head(), statements.size());
      stamp(connection, chain.migrations(), statements);
    }
    Schema bridged = live;
    for (Operation operation : bridge) {
      bridged = operation.applyTo(bridged);
    }
    return new AdoptReport(context.schema(), apply ? AdoptReport.Outcome.BRIDGED : AdoptReport.Outcome.PLANNED,
        chain.head(), differences, statements, SchemaComparison.between(head, bridged), null);
  }

  /**
   * Drops of tables, columns, sequences, indexes and constraints the head's snapshot does not have
   * at all. A primary key is the exception: a table has one, so a wrong one must go.
   */
  private static boolean dropsWhatTheModelLacks(Operation operation, Schema live, Schema head) {
    if (operation instanceof DropSequence drop) {
      return head.sequence(drop.sequence()).isEmpty();
    }
    if (operation instanceof DropIndex drop) {
      return head.tables().stream().noneMatch(candidate -> candidate.index(drop.name()).isPresent());
    }
    if (operation instanceof DropTable drop) {
      return head.table(drop.table()).isEmpty();
    }
    if (operation instanceof DropColumn drop) {
      return head.table(drop.table()).flatMap(table -> table.column(drop.column())).isEmpty();
    }
    if (operation instanceof DropConstraint drop) {
      Optional<Table> table = head.table(drop.table());
      boolean wrongPrimaryKey = table.map(Table::primaryKey).isPresent() && live.table(drop.table())
          .map(Table::primaryKey).filter(key -> key.name().equals(drop.name())).isPresent();
      return !wrongPrimaryKey && table.filter(found -> found.hasConstraint(drop.name())).isEmpty();
    }
    return false;
  }

  /**
   * The operation with expressions as the model writes them. The diff ran between two catalog
   * reads, whose checks and defaults are in the server's printed form; PostgreSQL would normalize
   * that printed form once more into another text, so what is created is rendered from the model.
   */
  private static Operation asTheModelWritesIt(Operation operation, Schema model) {
    if (operation instanceof CreateTable create) {
      Table table = model.table(create.table().name()).orElseThrow();
      return new CreateTable(table.createdPart());
    }
    if (operation instanceof AddColumn add) {
      return new AddColumn(add.table(), modelColumn(model, add.table(), add.column().name()));
    }
    if (operation instanceof AddCheck add) {
      return new AddCheck(add.table(), model.table(add.table()).orElseThrow().checks().stream()
          .filter(check -> check.name().equals(add.check().name())).findFirst().orElseThrow());
    }
    if (operation instanceof AlterColumnDefault alter && alter.defaultValue() != null) {
      return new AlterColumnDefault(alter.table(), alter.column(),
          modelColumn(model, alter.table(), alter.column()).defaultValue());
    }
    return operation;
  }

  private static Column modelColumn(Schema model, String table, String column) {
    return model.table(table).flatMap(found -> found.column(column)).orElseThrow();
  }

  /** Runs the bridge, if any, and records {@code revisions} as stamped, in one transaction. */
  private void stamp(Connection connection, List<Migration> revisions, List<String> bridge) {
    Revision adopt = Revision.frozen("adopt", null, "adopt an existing database", "-");
    context.executor().run(connection, adopt, PlannedStep.recorded(bridge), (inTransaction, millis) -> {
      for (Migration migration : revisions) {
        context.history().insert(inTransaction, migration.revision(), 0, null, true);
      }
    });
  }
}
