package dev.tidemark.runtime.internal.safety;

import dev.tidemark.runtime.operation.AddCheck;
import dev.tidemark.runtime.operation.AddForeignKey;
import dev.tidemark.runtime.operation.AddPrimaryKey;
import dev.tidemark.runtime.operation.AddUnique;
import dev.tidemark.runtime.operation.AlterColumnNullability;
import dev.tidemark.runtime.operation.CreateIndex;
import dev.tidemark.runtime.operation.DropIndex;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.sql.SafeFormRenderer;
import dev.tidemark.runtime.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a reviewed revision into phases: the plain statements gathered into transactions, and
 * each operation the review marked {@link Verdict#RENDERED_SAFELY} in its safe multi-step form.
 * Under BASIC (no finding rendered safely) the plan is the plain revision as one transaction.
 */
public final class SafePlanner {

  private final SafeFormRenderer renderer;

  /** @param renderer the renderer of the plain statements, for the schema they act on */
  public SafePlanner(PostgresRenderer renderer) {
    this.renderer = new SafeFormRenderer(renderer);
  }

  /**
   * The plan of {@code operations}, applied in order to {@code from}, as {@code report} (their
   * review) decided.
   */
  public ExecutionPlan plan(Schema from, List<Operation> operations, SafetyReport report, LockRetry lockRetry) {
    Phases phases = new Phases();
    Schema schema = from;
    for (int position = 0; position < operations.size(); position++) {
      Operation operation = operations.get(position);
      if (report.rendersSafely(position)) {
        safeForm(operation, schema, phases);
      } else {
        // A custom operation may render none or several statements (a partitioning policy renders none).
        renderer.plain().renderAll(operation).forEach(phases::inTransaction);
      }
      schema = operation.applyTo(schema);
    }
    return new ExecutionPlan(phases.finish(), lockRetry);
  }

  /** The safe form of one operation; only operations whose rule {@link Rule#hasSafeForm()} come here. */
  private void safeForm(Operation operation, Schema schema, Phases phases) {
    if (operation instanceof CreateIndex create) {
      buildIndex(create.table(), create.index(), phases);
    } else if (operation instanceof DropIndex drop) {
      phases.alone(Step.always(renderer.dropIndexConcurrently(drop.name())));
    } else if (operation instanceof AddForeignKey add) {
      validatedApart(add.table(), add.foreignKey().name(), renderer.addNotValid(add), phases);
    } else if (operation instanceof AddCheck add) {
      validatedApart(add.table(), add.check().name(), renderer.addNotValid(add), phases);
    } else if (operation instanceof AlterColumnNullability set) {
      setNotNull(set, phases);
    } else if (operation instanceof AddUnique add) {
      buildIndex(add.table(), new Index(add.unique().name(), keys(add.unique().columns()), true), phases);
      phases.transaction(renderer.addUniqueUsingIndex(add.table(), add.unique().name()));
    } else if (operation instanceof AddPrimaryKey add) {
      // PostgreSQL would set the key's columns NOT NULL with a scan under the constraint's lock.
      for (String column : add.primaryKey().columns()) {
        if (Operation.requireColumn(schema, add.table(), column).nullable()) {
          setNotNull(new AlterColumnNullability(add.table(), column, false), phases);
        }
      }
      buildIndex(add.table(), new Index(add.primaryKey().name(), keys(add.primaryKey().columns()), true), phases);
      phases.transaction(renderer.addPrimaryKeyUsingIndex(add.table(), add.primaryKey().name()));
    } else {
      throw new IllegalStateException("no safe form for " + operation.describe());
    }
  }

  /** A concurrent build, after dropping what a failed earlier build left behind. */
  private void buildIndex(String table, Index index, Phases phases) {
    phases.alone(Step.onlyIf(renderer.invalidIndex(index.name()), renderer.dropIndexConcurrently(index.name())));
    phases.alone(Step.always(renderer.createIndexConcurrently(table, index)));
  }

  /** Added NOT VALID (a brief lock), then validated in a transaction of its own (a scan that blocks no writes). */
  private void validatedApart(String table, String constraint, SqlStatement addNotValid, Phases phases) {
    phases.transaction(addNotValid);
    phases.transaction(renderer.validateConstraint(table, constraint));
  }

  /** SET NOT NULL needs no scan (since PostgreSQL 12) once a valid check proves the column has no nulls. */
  private void setNotNull(AlterColumnNullability operation, Phases phases) {
    String check = PostgresNames.notNullCheckName(operation.table(), operation.column());
    phases.transaction(renderer.addNotNullCheck(operation.table(), operation.column(), check));
    phases.transaction(renderer.validateConstraint(operation.table(), check));
    phases.transaction(renderer.plain().render(operation), renderer.dropConstraintIfExists(operation.table(), check));
  }

  private static List<Index.Key> keys(List<String> columns) {
    return columns.stream().map(Index.Key::asc).toList();
  }

  /** Collects phases, gathering consecutive plain statements into one transaction. */
  private static final class Phases {

    private final List<Phase> done = new ArrayList<>();
    private final List<Step> open = new ArrayList<>();

    /** Adds a plain statement to the transaction being gathered. */
    void inTransaction(SqlStatement statement) {
      open.add(Step.always(statement));
    }

    /** A transaction of exactly these statements. */
    void transaction(SqlStatement... statements) {
      close();
      done.add(new Phase(true, List.of(statements).stream().map(Step::always).toList()));
    }

    /** One statement outside any transaction. */
    void alone(Step step) {
      close();
      done.add(new Phase(false, List.of(step)));
    }

    List<Phase> finish() {
      close();
      return List.copyOf(done);
    }

    private void close() {
      if (!open.isEmpty()) {
        done.add(new Phase(true, open));
        open.clear();
      }
    }
  }
}
