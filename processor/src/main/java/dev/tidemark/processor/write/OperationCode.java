package dev.tidemark.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
import dev.tidemark.runtime.json.CanonicalJson;
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
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.TablePart;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.List;
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
  static final ClassName UNIQUE = ClassName.get(UniqueConstraint.class);
  static final ClassName FOREIGN_KEY = ClassName.get(ForeignKey.class);
  static final ClassName INDEX = ClassName.get(Index.class);
  private static final ClassName ACTION = ClassName.get(ForeignKey.Action.class);
  static final ClassName PARTITIONING = ClassName.get(RangePartitioning.class);
  private static final ClassName EXPIRED = ClassName.get(RangePartitioning.Expired.class);

  /** The static factories of the schema model the code calls, imported statically where used. */
  static final Map<ClassName, List<String>> FACTORIES = Map.of(
      COLUMN, List.of("column"),
      PRIMARY_KEY, List.of("primaryKey"),
      CHECK, List.of("check", "enumCheck"),
      UNIQUE, List.of("unique"),
      FOREIGN_KEY, List.of("foreignKey"),
      INDEX, List.of("index", "uniqueIndex"),
      PARTITIONING, List.of("rangePartitioned"));

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
  public CodeBlock visit(RenameTable operation) {
    return statement("renameTable($S, $S)", operation.from(), operation.to());
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
  public CodeBlock visit(RenameColumn operation) {
    return statement("renameColumn($S, $S, $S)", operation.table(), operation.from(), operation.to());
  }

  @Override
  public CodeBlock visit(AlterColumnType operation) {
    return operation.using() == null
        ? statement("alterColumnType($S, $S, $S)", operation.table(), operation.column(), operation.type())
        : statement("alterColumnType($S, $S, $S, $S)", operation.table(), operation.column(), operation.type(),
            operation.using());
  }

  @Override
  public CodeBlock visit(AlterColumnNullability operation) {
    return statement(operation.nullable() ? "dropNotNull($S, $S)" : "setNotNull($S, $S)",
        operation.table(), operation.column());
  }

  @Override
  public CodeBlock visit(AlterColumnDefault operation) {
    return operation.defaultValue() == null
        ? statement("dropDefault($S, $S)", operation.table(), operation.column())
        : statement("setDefault($S, $S, $S)", operation.table(), operation.column(), operation.defaultValue());
  }

  @Override
  public CodeBlock visit(AlterColumnIdentity operation) {
    return statement(operation.identity() ? "addIdentity($S, $S)" : "dropIdentity($S, $S)",
        operation.table(), operation.column());
  }

  @Override
  public CodeBlock visit(AddPrimaryKey operation) {
    return statement("addPrimaryKey($S, $L)", operation.table(), part(operation.primaryKey()));
  }

  @Override
  public CodeBlock visit(AddUnique operation) {
    return statement("addUnique($S, $L)", operation.table(), part(operation.unique()));
  }

  @Override
  public CodeBlock visit(AddCheck operation) {
    return statement("addCheck($S, $L)", operation.table(), part(operation.check()));
  }

  @Override
  public CodeBlock visit(AddForeignKey operation) {
    ForeignKey key = operation.foreignKey();
    CodeBlock.Builder code = CodeBlock.builder().add("$T.foreignKey($S", FOREIGN_KEY, key.name());
    key.columns().forEach(column -> code.add(", $S", column));
    if (key.crossSchema()) {
      code.add(")$Z.referencesIn($S, $S", key.referencedSchema(), key.referencedTable());
    } else {
      code.add(")$Z.references($S", key.referencedTable());
    }
    key.referencedColumns().forEach(column -> code.add(", $S", column));
    code.add(")");
    if (key.onDelete() != ForeignKey.Action.NO_ACTION) {
      code.add("$Z.onDelete($T.$L)", ACTION, key.onDelete().name());
    }
    if (key.onUpdate() != ForeignKey.Action.NO_ACTION) {
      code.add("$Z.onUpdate($T.$L)", ACTION, key.onUpdate().name());
    }
    return statement("addForeignKey($S, $L)", operation.table(), code.build());
  }

  @Override
  public CodeBlock visit(DropConstraint operation) {
    return statement("dropConstraint($S, $S)", operation.table(), operation.name());
  }

  @Override
  public CodeBlock visit(RenameConstraint operation) {
    return statement("renameConstraint($S, $S, $S)", operation.table(), operation.from(), operation.to());
  }

  @Override
  public CodeBlock visit(CreateIndex operation) {
    Index index = operation.index();
    // The factory name is written out: JavaPoet imports a static member only when it follows $T literally.
    CodeBlock.Builder code = CodeBlock.builder()
        .add(index.unique() ? "$T.uniqueIndex($S" : "$T.index($S", INDEX, index.name());
    index.columnSpecs().forEach(column -> code.add(", $S", column));
    return statement("createIndex($S, $L)", operation.table(), code.add(")").build());
  }

  @Override
  public CodeBlock visit(DropIndex operation) {
    return statement("dropIndex($S, $S)", operation.table(), operation.name());
  }

  @Override
  public CodeBlock visit(RenameIndex operation) {
    return statement("renameIndex($S, $S, $S)", operation.table(), operation.from(), operation.to());
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

  @Override
  public CodeBlock visit(SetTableComment operation) {
    return statement("commentOnTable($S, $S)", operation.table(), operation.comment());
  }

  @Override
  public CodeBlock visit(SetColumnComment operation) {
    return statement("commentOnColumn($S, $S, $S)", operation.table(), operation.column(), operation.comment());
  }

  /** A custom operation: its extension's kind and its arguments as the ledger records them. */
  @Override
  public CodeBlock visit(CustomOperation operation) {
    return statement("custom($S,$W$S)", operation.kind(), CanonicalJson.compact(operation.arguments()));
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
    if (part instanceof UniqueConstraint unique) {
      CodeBlock.Builder code = CodeBlock.builder().add("$T.unique($S", UNIQUE, unique.name());
      unique.columns().forEach(column -> code.add(", $S", column));
      return code.add(")").build();
    }
    if (part instanceof RangePartitioning partitioning) {
      CodeBlock.Builder code = CodeBlock.builder().add("$T.rangePartitioned($S)", PARTITIONING, partitioning.column());
      if (!partitioning.interval().toString().equals("1 month")) {
        code.add("$Z.interval($S)", partitioning.interval().toString());
      }
      if (partitioning.premake() != 3) {
        code.add("$Z.premake($L)", partitioning.premake());
      }
      if (partitioning.retention() != null) {
        code.add("$Z.retention($S, $T.$L)", partitioning.retention().toString(), EXPIRED, partitioning.expired().name());
      }
      return code.build();
    }
    CheckConstraint check = (CheckConstraint) part;
    if (check.enumConstants().isEmpty()) {
      return CodeBlock.of("$T.check($S, $S)", CHECK, check.name(), check.expression());
    }
    return CodeBlock.of("$T.enumCheck($S, $S, $L)", CHECK, check.name(), check.expression(),
        check.enumConstants().stream().map(constant -> CodeBlock.of("$S", constant)).collect(CodeBlock.joining(", ")));
  }

  private static CodeBlock column(Column column) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.column($S, $S)", COLUMN, column.name(), column.type());
    if (column.identity()) {
      code.add(".asIdentity()");
    } else if (!column.nullable()) {
      code.add(".notNull()");
    }
    if (column.defaultValue() != null) {
      code.add("$Z.defaultValue($S)", column.defaultValue());
    }
    if (column.comment() != null) {
      code.add("$Z.comment($S)", column.comment());
    }
    return code.build();
  }

  private static String literal(long value) {
    return value == (int) value ? Long.toString(value) : value + "L";
  }
}
