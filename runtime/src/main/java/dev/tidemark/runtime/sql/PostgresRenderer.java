package dev.tidemark.runtime.sql;

import static dev.tidemark.runtime.schema.PostgresNames.quote;
import static dev.tidemark.runtime.sql.LockLevel.ACCESS_EXCLUSIVE;
import static dev.tidemark.runtime.sql.LockLevel.NONE;
import static dev.tidemark.runtime.sql.LockLevel.SHARE_ROW_EXCLUSIVE;
import static dev.tidemark.runtime.sql.SqlStatement.locking;

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
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.TablePart;
import java.util.List;
import java.util.stream.Collectors;

/** Renders operations as PostgreSQL statements against one schema, every identifier quoted. */
public final class PostgresRenderer {

  private final String schema;
  private final Operation.Visitor<SqlStatement> statements = new Statements();

  /** @param schema the schema the statements act on; it may differ from the one the ledger names */
  public PostgresRenderer(String schema) {
    PostgresNames.requireName(schema, "schema name");
    this.schema = PostgresNames.truncate(schema);
  }

  public List<SqlStatement> render(List<Operation> operations) {
    return operations.stream().flatMap(operation -> render(operation).stream()).toList();
  }

  public List<SqlStatement> render(Operation operation) {
    return List.of(operation.accept(statements));
  }

  /** The statements as a script a DBA can read or run with psql. */
  public String script(List<Operation> operations) {
    return render(operations).stream().map(statement -> statement.sql() + ";\n").collect(Collectors.joining("\n"));
  }

  /** One statement per operation kind. */
  private final class Statements implements Operation.Visitor<SqlStatement> {

    @Override
    public SqlStatement visit(CreateTable operation) {
      return locking(NONE, createTable(operation));
    }

    @Override
    public SqlStatement visit(DropTable operation) {
      return locking(ACCESS_EXCLUSIVE, "drop table " + qualified(operation.table()));
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
    public SqlStatement visit(AlterColumnType operation) {
      String column = quote(operation.column());
      return alterTable(operation.table(),
          "alter column " + column + " type " + operation.type() + " using " + column + "::" + operation.type());
    }

    @Override
    public SqlStatement visit(AlterColumnNullability operation) {
      return alterTable(operation.table(), "alter column " + quote(operation.column())
          + (operation.nullable() ? " drop not null" : " set not null"));
    }

    @Override
    public SqlStatement visit(AddPrimaryKey operation) {
      return alterTable(operation.table(), "add " + constraint(operation.primaryKey()));
    }

    @Override
    public SqlStatement visit(DropPrimaryKey operation) {
      return alterTable(operation.table(), "drop constraint " + quote(operation.name()));
    }

    @Override
    public SqlStatement visit(AddCheck operation) {
      return alterTable(operation.table(), "add " + constraint(operation.check()));
    }

    @Override
    public SqlStatement visit(DropCheck operation) {
      return alterTable(operation.table(), "drop constraint " + quote(operation.name()));
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
  }

  private String sequenceDefinition(Sequence sequence) {
    return qualified(sequence.name()) + " start with " + sequence.start() + " increment by " + sequence.increment();
  }

  private String createTable(CreateTable create) {
    String body = create.table().parts().stream()
        .map(PostgresRenderer::tablePart)
        .collect(Collectors.joining(",\n    ", "(\n    ", "\n)"));
    return "create table " + qualified(create.table().name()) + " " + body;
  }

  private static String tablePart(TablePart part) {
    if (part instanceof Column column) {
      return columnDefinition(column);
    }
    if (part instanceof PrimaryKey key) {
      return constraint(key);
    }
    return constraint((CheckConstraint) part);
  }

  private static String columnDefinition(Column column) {
    String definition = quote(column.name()) + " " + column.type();
    if (column.identity()) {
      return definition + " generated by default as identity";
    }
    return column.nullable() ? definition : definition + " not null";
  }

  private static String constraint(PrimaryKey key) {
    return "constraint " + quote(key.name()) + " primary key ("
        + key.columns().stream().map(PostgresNames::quote).collect(Collectors.joining(", ")) + ")";
  }

  private static String constraint(CheckConstraint check) {
    return "constraint " + quote(check.name()) + " check (" + check.expression() + ")";
  }

  private SqlStatement alterTable(String table, String action) {
    return locking(ACCESS_EXCLUSIVE, "alter table " + qualified(table) + " " + action);
  }

  private String qualified(String name) {
    return PostgresNames.qualify(schema, name);
  }
}
