package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.Drift;
import dev.tidemark.runtime.ErrorCode;
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
import dev.tidemark.runtime.operation.CustomOperation;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code adopt}: takes over a database that has no Tidemark history, up to a target revision (the
 * head by default). An empty schema is upgraded like any new database. A catalog equal to the
 * snapshot of a revision up to the target (newest first) is stamped there. Anything else is bridged
 * to the target: the diff from the live catalog to the target's snapshot, without dropping anything
 * the model does not have, runs in one transaction with the stamp, and what is already right is not
 * touched. The stamp is refused while the bridged catalog still lacks something the model has.
 */
public final class AdoptCommand {

  /** Differences adopt leaves as they are: what the database has beyond the model. */
  private static final Set<Drift.Kind> LEFT_ALONE = EnumSet.of(Drift.Kind.EXTRA_TABLE, Drift.Kind.EXTRA_COLUMN,
      Drift.Kind.EXTRA_PRIMARY_KEY, Drift.Kind.EXTRA_UNIQUE, Drift.Kind.EXTRA_CHECK, Drift.Kind.EXTRA_FOREIGN_KEY,
      Drift.Kind.EXTRA_INDEX, Drift.Kind.EXTRA_SEQUENCE);

  private final CommandContext context;
  private final VerifyCommand catalogs;

  public AdoptCommand(CommandContext context) {
    this.context = context;
    this.catalogs = new VerifyCommand(context);
  }

  /** Adopts the database at {@code target}, a revision id or {@code head}: stamps, bridges, or upgrades an empty one. */
  public AdoptReport adopt(String target) {
    int revisions = revisionsUpTo(target);
    AdoptReport report = context.underLock("adopt", connection -> adopt(connection, revisions, true));
    if (report.outcome() == AdoptReport.Outcome.FRESH) {
      // Outside the lock: the upgrade takes it itself, on its own connection.
      return new AdoptReport(context.schema(), report.outcome(), report.revision(), List.of(), List.of(),
          List.of(), new UpgradeCommand(context).run(target));
    }
    return report;
  }

  /** What {@link #adopt(String)} would do, without changing anything. */
  public AdoptReport plan(String target) {
    int revisions = revisionsUpTo(target);
    return context.withConnection("plan the adoption", connection -> adopt(connection, revisions, false));
  }

  /** How many revisions a database adopted at {@code target} has; checked before the database is touched. */
  private int revisionsUpTo(String target) {
    if (RevisionChain.BASE.equals(target)) {
      throw TidemarkException.of(ErrorCode.UNKNOWN_REVISION, "adopt records the database at a revision;"
          + " name a revision id or head, not base");
    }
    return context.chain().countUpTo(target);
  }

  private AdoptReport adopt(Connection connection, int revisions, boolean apply) throws SQLException {
    if (!context.readHistory(connection).isEmpty()) {
      throw TidemarkException.of(ErrorCode.ALREADY_MANAGED, "schema " + context.schema() + " already has a Tidemark"
          + " history; use status, upgrade or verify instead of adopt");
    }
    Schema live = catalogs.live(connection);
    String target = idOf(revisions);
    if (live.tables().isEmpty() && live.sequences().isEmpty()) {
      return new AdoptReport(context.schema(), apply ? AdoptReport.Outcome.FRESH : AdoptReport.Outcome.WOULD_UPGRADE,
          target, List.of(), List.of(), List.of(), null);
    }
    // Both sides as PostgreSQL prints them, so equal definitions compare equal.
    Schema expected = catalogs.expected(connection, revisions);
    for (int count = revisions; count > 0; count--) {
      Schema candidate = count == revisions ? expected : catalogs.expected(connection, count);
      if (SchemaComparison.between(candidate, live).isEmpty()) {
        if (apply) {
          stamp(connection, count, candidate, List.of());
          context.log().info("Adopted schema {}: it matches revision {}, stamped", context.schema(), idOf(count));
        }
        return new AdoptReport(context.schema(), apply ? AdoptReport.Outcome.STAMPED : AdoptReport.Outcome.WOULD_STAMP,
            idOf(count), List.of(), List.of(), List.of(), null);
      }
    }
    List<Drift> differences = SchemaComparison.between(expected, live);
    List<Operation> bridge = SchemaDiff.between(live, expected).stream()
        .filter(operation -> bridgeRuns(operation, live, expected))
        .toList();
    refuseHandWrittenChanges(bridge, target);
    Schema model = context.chain().schemaAfter(revisions);
    List<String> statements = bridge.stream()
        .flatMap(operation -> context.renderer().renderAll(asTheModelWritesIt(operation, model)).stream())
        .map(SqlStatement::sql)
        .toList();
    if (apply) {
      context.log().info("Adopting schema {}: bridging it to {} with {} statement(s)", context.schema(), target,
          statements.size());
      stamp(connection, revisions, expected, statements);
    }
    Schema bridged = Operation.applyAll(live, bridge);
    return new AdoptReport(context.schema(), apply ? AdoptReport.Outcome.BRIDGED : AdoptReport.Outcome.WOULD_BRIDGE,
        target, differences, statements, SchemaComparison.between(expected, bridged), null);
  }

  /**
   * A bridge runs statements the diff writes; a change only a hand-written revision can make (a
   * plain table that the target partitions is rebuilt, rows and all) is the operator's to make.
   */
  private void refuseHandWrittenChanges(List<Operation> bridge, String target) {
    for (Operation operation : bridge) {
      if (operation instanceof CustomOperation custom && custom.needsHandWrittenRevision().isPresent()) {
        throw TidemarkException.of(ErrorCode.DRIFT, "schema " + context.schema() + " cannot be bridged to revision "
            + target + ": " + custom.needsHandWrittenRevision().get() + ". Make that change by hand, then adopt"
            + " again; nothing was changed");
      }
    }
  }

  private String idOf(int revisions) {
    return revisions == 0 ? null : context.chain().revisions().get(revisions - 1).id();
  }

  /**
   * Whether the bridge runs {@code operation}. Everything that creates, alters or renames runs.
   * A drop runs only to replace what the target has under the same name with another definition
   * (or of another kind: a unique index where it has a unique constraint), or a wrong primary key (a
   * table has one); what the target does not have at all is left alone.
   */
  private static boolean bridgeRuns(Operation operation, Schema live, Schema target) {
    if (operation instanceof DropSequence drop) {
      return target.sequence(drop.sequence()).isPresent();
    }
    if (operation instanceof DropIndex drop) {
      // An index under the name of the target's index, primary key or unique would block creating it.
      return target.tables().stream().anyMatch(candidate -> candidate.index(drop.name()).isPresent()
          || candidate.uniques().stream().anyMatch(unique -> unique.name().equals(drop.name()))
          || candidate.primaryKey() != null && candidate.primaryKey().name().equals(drop.name()));
    }
    if (operation instanceof DropTable drop) {
      return target.table(drop.table()).isPresent();
    }
    if (operation instanceof DropColumn drop) {
      return target.table(drop.table()).flatMap(table -> table.column(drop.column())).isPresent();
    }
    if (operation instanceof DropConstraint drop) {
      Optional<Table> table = target.table(drop.table());
      boolean wrongPrimaryKey = table.map(Table::primaryKey).isPresent() && live.table(drop.table())
          .map(Table::primaryKey).filter(key -> key.name().equals(drop.name())).isPresent();
      return wrongPrimaryKey || table.filter(found -> found.hasConstraint(drop.name())).isPresent();
    }
    return true;
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

  /**
   * Runs the bridge, if any, and records the first {@code revisions} as stamped, in one
   * transaction; rolled back if the catalog then still lacks something of {@code expected}.
   */
  private void stamp(Connection connection, int revisions, Schema expected, List<String> bridge) {
    Revision adopt = Revision.frozen("adopt", null, "adopt an existing database", "-");
    context.executor().run(connection, adopt, PlannedStep.recorded(bridge), (inTransaction, millis) -> {
      List<Drift> stillDifferent = SchemaComparison.between(expected, catalogs.liveInTransaction(inTransaction))
          .stream()
          .filter(drift -> !LEFT_ALONE.contains(drift.kind()))
          .toList();
      if (!stillDifferent.isEmpty()) {
        throw TidemarkException.of(ErrorCode.ADOPTION_INCOMPLETE, "schema " + context.schema()
            + " would still differ from revision " + idOf(revisions) + " after the bridge, so nothing was run"
            + " or stamped:\n  " + stillDifferent.stream().map(Drift::describe).collect(Collectors.joining("\n  "))
            + "\nbring these by hand, then adopt again");
      }
      for (Revision revision : context.chain().revisions().subList(0, revisions)) {
        context.history().insert(inTransaction, revision, 0, null, true);
      }
    });
  }
}
