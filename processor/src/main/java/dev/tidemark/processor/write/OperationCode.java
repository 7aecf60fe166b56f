package dev.tidemark.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import dev.tidemark.runtime.schema.TablePart;
import java.util.Map;

/**
 * One {@code ops.xxx(...)} statement per operation, written as a careful engineer would: names and
 * SQL as string literals, table parts one per line. Running the generated statements rebuilds
 * exactly the operations of the ledger.
 */
final class OperationCode implements Operation.Visitor<CodeBlock> {

  static final ClassName COLUMN = ClassName.get(Column.class);
  static final ClassName PRIMARY_KEY = ClassName.get(PrimaryKey.class);
  static final ClassName CHECK = ClassName.get(CheckConstraint.class);

  /** The static factory each table-part class offers, imported statically where used. */
  static final Map<ClassName, String> FACTORIES = Map.of(COLUMN, "column", PRIMARY_KEY, "primaryKey", CHECK, "check");

  private final String operations;

  /** @param operations the name of the {@code Operations} parameter in the generated method */
  OperationCode(String operations) {
    this.operations = operations;
  }

  @Override
  public CodeBlock visit(CreateTable operation) {
    CodeBlock.Builder code = CodeBlock.builder().add("$[$N.createTable($S", operations, operation.table().name());
    for (TablePart part : operation.table().parts()) {
      code.add(",\n").add(part(part));
    }
    return code.add(");\n$]").build();
  }

  @Override
  public CodeBlock visit(DropTable operation) {
    return statement("dropTable($S)", operation.table());
  }

  @Override
  public CodeBlock visit(AddColumn operation) {
    return statement("addColumn($S, $L)", operation.table(), column(operation.column()));
  }

  @Override
  public CodeBlock visit(DropColumn operation) {
    return statement("dropColumn($S, $S)", operation.table(), operation.column());
  }

  @Override
  public CodeBlock visit(AlterColumnType operation) {
    return statement("alterColumnType($S, $S, $S)", operation.table(), operation.column(), operation.type());
  }

  @Override
  public CodeBlock visit(AlterColumnNullability operation) {
    return statement(operation.nullable() ? "dropNotNull($S, $S)" : "setNotNull($S, $S)",
        operation.table(), operation.column());
  }

  @Override
  public CodeBlock visit(AddPrimaryKey operation) {
    return statement("addPrimaryKey($S, $L)", operation.table(), part(operation.primaryKey()));
  }

  @Override
  public CodeBlock visit(DropPrimaryKey operation) {
    return statement("dropPrimaryKey($S, $S)", operation.table(), operation.name());
  }

  @Override
  public CodeBlock visit(AddCheck operation) {
    return statement("addCheck($S, $L)", operation.table(), part(operation.check()));
  }

  @Override
  public CodeBlock visit(DropCheck operation) {
    return statement("dropCheck($S, $S)", operation.table(), operation.name());
  }

  @Override
  public CodeBlock visit(CreateSequence operation) {
    return statement("createSequence($S, $L, $L)", operation.sequence().name(),
        literal(operation.sequence().start()), literal(operation.sequence().increment()));
  }

  @Override
  public CodeBlock visit(AlterSequence operation) {
    return statement("alterSequence($S, $L, $L)", operation.sequence().name(),
        literal(operation.sequence().start()), literal(operation.sequence().increment()));
  }

  @Override
  public CodeBlock visit(DropSequence operation) {
    return statement("dropSequence($S)", operation.sequence());
  }

  private CodeBlock statement(String call, Object... arguments) {
    return CodeBlock.builder().add("$N.", operations).addStatement(call, arguments).build();
  }

  private static CodeBlock part(TablePart part) {
    if (part instanceof Column column) {
      return column(column);
    }
    if (part instanceof PrimaryKey key) {
      CodeBlock.Builder code = CodeBlock.builder().add("$T.primaryKey($S", PRIMARY_KEY, key.name());
      key.columns().forEach(column -> code.add(", $S", column));
      return code.add(")").build();
    }
    CheckConstraint check = (CheckConstraint) part;
    return CodeBlock.of("$T.check($S, $S)", CHECK, check.name(), check.expression());
  }

  private static CodeBlock column(Column column) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.column($S, $S)", COLUMN, column.name(), column.type());
    if (column.identity()) {
      code.add(".asIdentity()");
    } else if (!column.nullable()) {
      code.add(".notNull()");
    }
    return code.build();
  }

  private static String literal(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }
}
