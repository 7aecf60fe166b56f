package dev.tidemark.runtime.sql;

import static dev.tidemark.runtime.schema.PostgresNames.quote;
import static dev.tidemark.runtime.sql.LockLevel.ACCESS_EXCLUSIVE;
import static dev.tidemark.runtime.sql.LockLevel.NONE;
import static dev.tidemark.runtime.sql.LockLevel.SHARE;
import static dev.tidemark.runtime.sql.LockLevel.SHARE_ROW_EXCLUSIVE;
import static dev.tidemark.runtime.sql.LockLevel.SHARE_UPDATE_EXCLUSIVE;
import static dev.tidemark.runtime.sql.SqlStatement.locking;

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
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.TablePart;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Renders operations as PostgreSQL statements against one schema, every identifier quoted. */
public final class PostgresRenderer {

  private final String schema;
  private final Map<String, String> referencedSchemas;
  private final Operation.Visitor<SqlStatement> statements = new Statements();

  /** @param schema the schema the statements act on; it may differ from the one the ledger names */
  public PostgresRenderer(String schema) {
    this(schema, Map.of());
  }

  /**
   * @param schema the schema the statements act on; it may differ from the one the ledger names
   * @param referencedSchemas the names other schemas are migrated under, by the names the ledger gives
   *     them, for foreign keys into them; a schema not listed keeps its ledger name
   */
  public PostgresRenderer(String schema, Map<String, String> referencedSchemas) {
    PostgresNames.requireName(schema, "schema name");
    this.schema = PostgresNames.truncate(schema);
    this.referencedSchemas = Map.copyOf(referencedSchemas);
  }

  /** The schema the statements act on. */
  public String schema() {
    return schema;
  }

  public List<SqlStatement> render(List<Operation> operations) {
    return operations.stream().flatMap(operation -> renderAll(operation).stream()).toList();
  }

  /** The one statement of a built-in operation; a custom operation may render none or several ({@link #renderAll}). */
  public SqlStatement render(Operation operation) {
    List<SqlStatement> rendered = renderAll(operation);
    if (rendered.size() != 1) {
      throw new IllegalStateException(operation.describe() + " renders " + rendered.size() + " statements, not one");
    }
    return rendered.get(0);
  }

  /** The statements of any operation: one for a built-in kind, those it gives for a custom one. */
  public List<SqlStatement> renderAll(Operation operation) {
    return operation instanceof CustomOperation custom ? custom.render(schema) : List.of(operation.accept(statements));
  }

  /**
   * {@code create index concurrently}: it blocks no writes, but runs outside a transaction and, if
   * it fails, leaves an INVALID index behind that must be dropped before a retry.
   */
  public SqlStatement renderConcurrently(CreateIndex operation) {
    String plain = operation.accept(statements).sql();
    return new SqlStatement(plain.replaceFirst("index ", "index concurrently "), false, SHARE_UPDATE_EXCLUSIVE);
  }

  /** {@code drop index concurrently if exists}, which clears an INVALID index a failed build left. */
  public SqlStatement dropIndexConcurrently(String index) {
    return new SqlStatement("drop index concurrently if exists " + qualified(index), false, SHARE_UPDATE_EXCLUSIVE);
  }

  /**
   * The statements as a script a DBA can read or run with psql; an operation that runs no statement
   * shows as a comment, so reviewers still see it.
   */
  public String script(List<Operation> operations) {
    return operations.stream()
        .flatMap(operation -> {
          List<SqlStatement> rendered = renderAll(operation);
          return rendered.isEmpty() ? Stream.of("-- " + operation.describe() + " (no statement)\n")
              : rendered.stream().map(statement -> statement.sql() + ";\n");
        })
        .collect(Collectors.joining("\n"));
  }

  /** One statement per operation kind. */
  private final class Statements implements Operation.Visitor<SqlStatement> {

    @Override
    public SqlStatement visit(CreateTable operation) {
      String body = operation.table().parts().stream()
          .filter(part -> !(part instanceof RangePartitioning))
          .map(PostgresRenderer::tablePart)
          .collect(Collectors.joining(",\n    ", "(\n    ", "\n)"));
      RangePartitioning partitioning = operation.table().partitioning();
      return locking(NONE, "create table " + qualified(operation.table().name()) + " " + body
          + (partitioning == null ? "" : " partition by range (" + quote(partitioning.column()) + ")"));
    }

    @Override
    public SqlStatement visit(DropTable operation) {
      return locking(ACCESS_EXCLUSIVE, "drop table " + qualified(operation.table()));
    }

    @Override
    public SqlStatement visit(RenameTable operation) {
      return alterTable(operation.from(), "rename to " + quote(operation.to()));
    }

    @Override
    public SqlStatement visit(AddColumn operation) {
      return alterTable(operation.table(), "add column " + columnDefinition(operation.column()));
    }

    @Override
    public SqlStatement visit(DropColumn operation) {
      return alterTable(operation.table(), "drop column " + quote(operation.column()));
    }

    @Override
    public SqlStatement visit(RenameColumn operation) {
      return alterTable(operation.table(),
          "rename column " + quote(operation.from()) + " to " + quote(operation.to()));
    }

    @Override
    public SqlStatement visit(AlterColumnType operation) {
      String column = quote(operation.column());
      return alterTable(operation.table(),
          "alter column " + column + " type " + operation.type() + " using "
              + (operation.using() == null ? column + "::" + operation.type() : operation.using()));
    }

    @Override
    public SqlStatement visit(AlterColumnNullability operation) {
      return alterTable(operation.table(), "alter column " + quote(operation.column())
          + (operation.nullable() ? " drop not null" : " set not null"));
    }

    @Override
    public SqlStatement visit(AlterColumnDefault operation) {
      return alterTable(operation.table(), "alter column " + quote(operation.column())
          + (operation.defaultValue() == null ? " drop default" : " set default " + operation.defaultValue()));
    }

    @Override
    public SqlStatement visit(AlterColumnIdentity operation) {
      return alterTable(operation.table(), "alter column " + quote(operation.column())
          + (operation.identity() ? " add generated by default as identity" : " drop identity"));
    }

    @Override
    public SqlStatement visit(AddPrimaryKey operation) {
      return alterTable(operation.table(), "add " + constraint(operation.primaryKey()));
    }

    @Override
    public SqlStatement visit(AddUnique operation) {
      return alterTable(operation.table(), "add " + constraint(operation.unique()));
    }

    @Override
    public SqlStatement visit(AddCheck operation) {
      return alterTable(operation.table(), "add " + constraint(operation.check()));
    }

    @Override
    public SqlStatement visit(AddForeignKey operation) {
      ForeignKey key = operation.foreignKey();
      String sql = "alter table " + qualified(operation.table()) + " add constraint " + quote(key.name())
          + " foreign key " + columnList(key.columns()) + " references " + referenced(key)
          + " " + columnList(key.referencedColumns())
          + (key.onDelete() == ForeignKey.Action.NO_ACTION ? "" : " on delete " + key.onDelete().sql())
          + (key.onUpdate() == ForeignKey.Action.NO_ACTION ? "" : " on update " + key.onUpdate().sql());
      return locking(SHARE_ROW_EXCLUSIVE, sql);
    }

    @Override
    public SqlStatement visit(DropConstraint operation) {
      return alterTable(operation.table(), "drop constraint " + quote(operation.name()));
    }

    @Override
    public SqlStatement visit(RenameConstraint operation) {
      return alterTable(operation.table(),
          "rename constraint " + quote(operation.from()) + " to " + quote(operation.to()));
    }

    @Override
    public SqlStatement visit(CreateIndex operation) {
      Index index = operation.index();
      return locking(SHARE, "create " + (index.unique() ? "unique " : "") + "index " + quote(index.name())
          + " on " + qualified(operation.table()) + " " + indexKeys(index));
    }

    @Override
    public SqlStatement visit(DropIndex operation) {
      return locking(ACCESS_EXCLUSIVE, "drop index " + qualified(operation.name()));
    }

    @Override
    public SqlStatement visit(RenameIndex operation) {
      return locking(SHARE_UPDATE_EXCLUSIVE,
          "alter index " + qualified(operation.from()) + " rename to " + quote(operation.to()));
    }

    @Override
    public SqlStatement visit(CreateSequence operation) {
      return locking(NONE, "create sequence " + sequenceDefinition(operation.sequence()));
    }

    @Override
    public SqlStatement visit(AlterSequence operation) {
      return locking(SHARE_ROW_EXCLUSIVE, "alter sequence " + sequenceDefinition(operation.sequence()));
    }

    @Override
    public SqlStatement visit(DropSequence operation) {
      return locking(ACCESS_EXCLUSIVE, "drop sequence " + qualified(operation.sequence()));
    }

    @Override
    public SqlStatement visit(SetTableComment operation) {
      return locking(SHARE_UPDATE_EXCLUSIVE,
          "comment on table " + qualified(operation.table()) + " is " + literal(operation.comment()));
    }

    @Override
    public SqlStatement visit(SetColumnComment operation) {
      return locking(SHARE_UPDATE_EXCLUSIVE, "comment on column " + qualified(operation.table()) + "."
          + quote(operation.column()) + " is " + literal(operation.comment()));
    }
  }

  private static String tablePart(TablePart part) {
    if (part instanceof Column column) {
      return columnDefinition(column);
    }
    if (part instanceof PrimaryKey key) {
      return constraint(key);
    }
    if (part instanceof UniqueConstraint unique) {
      return constraint(unique);
    }
    return constraint((CheckConstraint) part);
  }

  private static String columnDefinition(Column column) {
    String definition = quote(column.name()) + " " + column.type();
    if (column.identity()) {
      return definition + " generated by default as identity";
    }
    if (column.defaultValue() != null) {
      definition += " default " + column.defaultValue();
    }
    return column.nullable() ? definition : definition + " not null";
  }

  private static String constraint(PrimaryKey key) {
    return "constraint " + quote(key.name()) + " primary key " + columnList(key.columns());
  }

  private static String constraint(UniqueConstraint unique) {
    return "constraint " + quote(unique.name()) + " unique " + columnList(unique.columns());
  }

  private static String constraint(CheckConstraint check) {
    return "constraint " + quote(check.name()) + " check (" + check.expression() + ")";
  }

  /** The key list of {@code create index}: {@code ("book_id", "traded_at" desc)}. */
  static String indexKeys(Index index) {
    return index.keys().stream()
        .map(key -> quote(key.column()) + (key.descending() ? " desc" : ""))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private static String columnList(List<String> columns) {
    return columns.stream().map(PostgresNames::quote).collect(Collectors.joining(", ", "(", ")"));
  }

  /** A string literal; quotes are doubled (PostgreSQL's standard_conforming_strings, on by default). */
  private static String literal(String text) {
    return text == null ? "null" : "'" + text.replace("'", "''") + "'";
  }

  private SqlStatement alterTable(String table, String action) {
    return locking(ACCESS_EXCLUSIVE, "alter table " + qualified(table) + " " + action);
  }

  private String sequenceDefinition(Sequence sequence) {
    return qualified(sequence.name()) + " start with " + sequence.start() + " increment by " + sequence.increment();
  }

  String qualified(String name) {
    return PostgresNames.qualify(schema, name);
  }

  /** The table {@code key} references, in the schema its ledger schema is migrated under. */
  private String referenced(ForeignKey key) {
    if (!key.crossSchema()) {
      return qualified(key.referencedTable());
    }
    String ledgerSchema = key.referencedSchema();
    return PostgresNames.qualify(PostgresNames.truncate(referencedSchemas.getOrDefault(ledgerSchema, ledgerSchema)),
        key.referencedTable());
  }
}
