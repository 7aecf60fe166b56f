package dev.tidemark.runtime;

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
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.DropConstraint;
import dev.tidemark.runtime.operation.DropIndex;
import dev.tidemark.runtime.operation.DropSequence;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.json.CanonicalJson;
import dev.tidemark.runtime.json.JsonFields;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.operation.OperationExtensions;
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
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.TablePart;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;

/**
 * The builder a migration's {@code upgrade} and {@code downgrade} write to: one call per
 * operation, in order. Nothing touches the database here; the {@link Migrator} renders and runs
 * what was collected.
 */
public final class Operations {

  /** One step as the migrator runs it; read by the runtime, not written by migrations. */
  public sealed interface Step permits SchemaStep, JdbcStep, SqlStep, ModelOnlyStep {}

  /**
   * A schema operation.
   *
   * @param concurrently whether an index is built with {@code create index concurrently}, outside
   *     any transaction
   */
  public record SchemaStep(Operation operation, boolean concurrently) implements Step {}

  /** A step of Java code, from a manual revision. */
  public record JdbcStep(String description, JdbcAction action) implements Step {}

  /** One statement of an SQL revision, run exactly as written, inside the revision's transaction. */
  public record SqlStep(String sql) implements Step {}

  /**
   * What an SQL revision's statements did to the schema, recorded so the model knows it (verify,
   * adopt, the next diff); it never runs.
   */
  public record ModelOnlyStep(Operation operation) implements Step {}

  /** Schema operations and JDBC steps, in the order the migration gave them. */
  private final List<Step> steps;

  /** Whether operations added here only describe the schema an SQL revision leaves ({@link #modelOnly()}). */
  private final boolean modelOnly;

  public Operations() {
    this(new ArrayList<>(), false);
  }

  private Operations(List<Step> steps, boolean modelOnly) {
    this.steps = steps;
    this.modelOnly = modelOnly;
  }

  /** The upgrade operations of {@code migration}. */
  public static List<Operation> upgradeOf(Migration migration) {
    Operations operations = new Operations();
    migration.upgrade(operations);
    return operations.list();
  }

  /** The downgrade operations of {@code migration}. */
  public static List<Operation> downgradeOf(Migration migration) {
    Operations operations = new Operations();
    migration.downgrade(operations);
    return operations.list();
  }

  /**
   * The schema operations collected, those only recorded for the model included, without JDBC or
   * SQL steps: what the ledger records.
   */
  public List<Operation> list() {
    return steps.stream()
        .<Operation>mapMulti((step, operations) -> {
          if (step instanceof SchemaStep schema) {
            operations.accept(schema.operation());
          } else if (step instanceof ModelOnlyStep model) {
            operations.accept(model.operation());
          }
        })
        .toList();
  }

  /** Every step in order, as the migrator runs them. */
  public List<Step> steps() {
    return List.copyOf(steps);
  }

  public void add(Operation operation) {
    steps.add(modelOnly ? new ModelOnlyStep(operation) : new SchemaStep(operation, false));
  }

  /** Runs {@code action} on the migration's connection, inside the revision's transaction. */
  public void run(String description, JdbcAction action) {
    requireRunnable("a JDBC step");
    steps.add(new JdbcStep(description, action));
  }

  /**
   * Runs one statement of an SQL revision exactly as written, inside the revision's transaction,
   * with the managed schema first on {@code search_path}.
   */
  public void sql(String statement) {
    requireRunnable("an SQL statement");
    steps.add(new SqlStep(statement));
  }

  /**
   * A view whose operations record what an SQL revision's statements did to the schema, for the
   * model only: they never run. A baseline SQL revision declares its resulting schema this way.
   */
  public Operations modelOnly() {
    return new Operations(steps, true);
  }

  private void requireRunnable(String what) {
    if (modelOnly) {
      throw new IllegalStateException(what + " cannot be model-only: it would never run");
    }
  }

  /**
   * A custom operation of the {@link dev.tidemark.runtime.operation.OperationExtension} of
   * {@code kind}, rebuilt from the arguments the ledger recorded (canonical JSON).
   */
  public void custom(String kind, String arguments) {
    add(OperationExtensions.of(kind).read(JsonFields.root(CanonicalJson.parse(arguments))));
  }

  public void createTable(String name, TablePart... parts) {
    add(new CreateTable(Table.of(name, List.of(parts))));
  }

  public void dropTable(String name) {
    add(new DropTable(name));
  }

  public void renameTable(String from, String to) {
    add(new RenameTable(from, to));
  }

  public void addColumn(String table, Column column) {
    add(new AddColumn(table, column));
  }

  public void dropColumn(String table, String column) {
    add(new DropColumn(table, column));
  }

  public void renameColumn(String table, String from, String to) {
    add(new RenameColumn(table, from, to));
  }

  public void alterColumnType(String table, String column, String type) {
    add(new AlterColumnType(table, column, type));
  }

  /** Changes a column's type, computing each new value with the SQL expression {@code using}. */
  public void alterColumnType(String table, String column, String type, String using) {
    add(new AlterColumnType(table, column, type, using));
  }

  public void setNotNull(String table, String column) {
    add(new AlterColumnNullability(table, column, false));
  }

  public void dropNotNull(String table, String column) {
    add(new AlterColumnNullability(table, column, true));
  }

  /** Sets a column default: an SQL expression such as {@code 0}, {@code 'USD'} or {@code now()}. */
  public void setDefault(String table, String column, String expression) {
    add(new AlterColumnDefault(table, column, expression));
  }

  public void dropDefault(String table, String column) {
    add(new AlterColumnDefault(table, column, null));
  }

  public void addIdentity(String table, String column) {
    add(new AlterColumnIdentity(table, column, true));
  }

  public void dropIdentity(String table, String column) {
    add(new AlterColumnIdentity(table, column, false));
  }

  public void addPrimaryKey(String table, PrimaryKey primaryKey) {
    add(new AddPrimaryKey(table, primaryKey));
  }

  public void addUnique(String table, UniqueConstraint unique) {
    add(new AddUnique(table, unique));
  }

  public void addCheck(String table, CheckConstraint check) {
    add(new AddCheck(table, check));
  }

  public void addForeignKey(String table, ForeignKey foreignKey) {
    add(new AddForeignKey(table, foreignKey));
  }

  /** Drops a primary key, unique, check or foreign key constraint. */
  public void dropConstraint(String table, String name) {
    add(new DropConstraint(table, name));
  }

  public void renameConstraint(String table, String from, String to) {
    add(new RenameConstraint(table, from, to));
  }

  public void createIndex(String table, Index index) {
    add(new CreateIndex(table, index));
  }

  /**
   * Builds an index without blocking writes, with {@code create index concurrently}. PostgreSQL
   * runs that outside any transaction, so the revision runs statement by statement; a retry after
   * a crash drops the INVALID index a broken build leaves and builds it again.
   */
  public void createIndexConcurrently(String table, Index index) {
    requireRunnable("a concurrent index build");
    steps.add(new SchemaStep(new CreateIndex(table, index), true));
  }

  public void dropIndex(String table, String name) {
    add(new DropIndex(table, name));
  }

  public void renameIndex(String table, String from, String to) {
    add(new RenameIndex(table, from, to));
  }

  public void createSequence(String name, long start, long increment) {
    add(new CreateSequence(new Sequence(name, start, increment)));
  }

  public void alterSequence(String name, long start, long increment) {
    add(new AlterSequence(new Sequence(name, start, increment)));
  }

  public void dropSequence(String name) {
    add(new DropSequence(name));
  }

  /** Sets the table comment, or removes it when {@code text} is null. */
  public void commentOnTable(String table, String text) {
    add(new SetTableComment(table, text));
  }

  /** Sets a column comment, or removes it when {@code text} is null. */
  public void commentOnColumn(String table, String column, String text) {
    add(new SetColumnComment(table, column, text));
  }
}
