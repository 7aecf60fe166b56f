package dev.tidemark.runtime;

import dev.tidemark.runtime.operation.AddCheck;
import dev.tidemark.runtime.operation.AddColumn;
import dev.tidemark.runtime.operation.AddPrimaryKey;
import dev.tidemark.runtime.operation.AlterColumnNullability;
import dev.tidemark.runtime.operation.AlterColumnType;
import dev.tidemark.runtime.operation.AlterSequence;
import dev.tidemark.runtime.operation.CreateSequence;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.DropCheck;
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.DropPrimaryKey;
import dev.tidemark.runtime.operation.DropSequence;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.TablePart;
import java.util.ArrayList;
import java.util.List;

/**
 * The builder a migration's {@code upgrade} and {@code downgrade} write to: one call per
 * operation, in order. Nothing touches the database here; the {@link Migrator} renders and runs
 * what was collected.
 */
public final class Operations {

  private final List<Operation> collected = new ArrayList<>();

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

  public List<Operation> list() {
    return List.copyOf(collected);
  }

  public void add(Operation operation) {
    collected.add(operation);
  }

  public void createTable(String name, TablePart... parts) {
    add(new CreateTable(Table.of(name, List.of(parts))));
  }

  public void dropTable(String name) {
    add(new DropTable(name));
  }

  public void addColumn(String table, Column column) {
    add(new AddColumn(table, column));
  }

  public void dropColumn(String table, String column) {
    add(new DropColumn(table, column));
  }

  public void alterColumnType(String table, String column, String type) {
    add(new AlterColumnType(table, column, type));
  }

  public void setNotNull(String table, String column) {
    add(new AlterColumnNullability(table, column, false));
  }

  public void dropNotNull(String table, String column) {
    add(new AlterColumnNullability(table, column, true));
  }

  public void addPrimaryKey(String table, PrimaryKey primaryKey) {
    add(new AddPrimaryKey(table, primaryKey));
  }

  public void dropPrimaryKey(String table, String name) {
    add(new DropPrimaryKey(table, name));
  }

  public void addCheck(String table, CheckConstraint check) {
    add(new AddCheck(table, check));
  }

  public void dropCheck(String table, String name) {
    add(new DropCheck(table, name));
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
}
