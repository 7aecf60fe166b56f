package dev.tidemark.runtime.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import java.util.List;
import java.util.Set;

/** Schema models and operations to and from their canonical JSON form. */
public final class ModelJson {

  private ModelJson() {}

  // ---- schema ----

  public static ObjectNode schema(Schema schema) {
    ObjectNode node = CanonicalJson.object().put("name", schema.name());
    ArrayNode tables = node.putArray("tables");
    schema.tables().forEach(table -> tables.add(table(table)));
    ArrayNode sequences = node.putArray("sequences");
    schema.sequences().forEach(sequence -> sequences.add(sequence(sequence)));
    return node;
  }

  public static Schema schema(JsonFields fields) {
    fields.allowOnly(Set.of("name", "tables", "sequences"));
    List<Table> tables = fields.objects("tables").stream().map(ModelJson::table).toList();
    List<Sequence> sequences = fields.objects("sequences").stream().map(ModelJson::sequence).toList();
    return fields.build(f -> new Schema(f.string("name"), tables, sequences));
  }

  // ---- operations ----

  /**
   * The checksum of a revision: the SHA-256 of the canonical JSON of its upgrade and downgrade
   * operations. The history table stores it, so a changed revision is caught at boot.
   */
  public static String checksum(List<Operation> upgrade, List<Operation> downgrade) {
    ObjectNode both = CanonicalJson.object();
    both.set("upgrade", operations(upgrade));
    both.set("downgrade", operations(downgrade));
    return CanonicalJson.sha256(both);
  }

  public static ArrayNode operations(List<Operation> operations) {
    ArrayNode array = CanonicalJson.array();
    operations.forEach(operation -> array.add(operation(operation)));
    return array;
  }

  public static List<Operation> operations(JsonFields parent, String field) {
    return parent.objects(field).stream().map(ModelJson::operation).toList();
  }

  public static ObjectNode operation(Operation operation) {
    return operation.accept(new OperationWriter());
  }

  /** Writes each operation kind as an object tagged by {@code op}. */
  private static final class OperationWriter implements Operation.Visitor<ObjectNode> {

    private static ObjectNode tagged(String kind) {
      return CanonicalJson.object().put("op", kind);
    }

    @Override
    public ObjectNode visit(CreateTable op) {
      return tagged("create_table").set("table", table(op.table()));
    }

    @Override
    public ObjectNode visit(DropTable op) {
      return tagged("drop_table").put("table", op.table());
    }

    @Override
    public ObjectNode visit(AddColumn op) {
      return tagged("add_column").put("table", op.table()).set("column", column(op.column()));
    }

    @Override
    public ObjectNode visit(DropColumn op) {
      return tagged("drop_column").put("table", op.table()).put("column", op.column());
    }

    @Override
    public ObjectNode visit(AlterColumnType op) {
      return tagged("alter_column_type").put("table", op.table()).put("column", op.column()).put("type", op.type());
    }

    @Override
    public ObjectNode visit(AlterColumnNullability op) {
      return tagged("alter_column_nullability")
          .put("table", op.table()).put("column", op.column()).put("nullable", op.nullable());
    }

    @Override
    public ObjectNode visit(AddPrimaryKey op) {
      return tagged("add_primary_key").put("table", op.table()).set("primary_key", primaryKey(op.primaryKey()));
    }

    @Override
    public ObjectNode visit(DropPrimaryKey op) {
      return tagged("drop_primary_key").put("table", op.table()).put("name", op.name());
    }

    @Override
    public ObjectNode visit(AddCheck op) {
      return tagged("add_check").put("table", op.table()).set("check", check(op.check()));
    }

    @Override
    public ObjectNode visit(DropCheck op) {
      return tagged("drop_check").put("table", op.table()).put("name", op.name());
    }

    @Override
    public ObjectNode visit(CreateSequence op) {
      return tagged("create_sequence").set("sequence", sequence(op.sequence()));
    }

    @Override
    public ObjectNode visit(AlterSequence op) {
      return tagged("alter_sequence").set("sequence", sequence(op.sequence()));
    }

    @Override
    public ObjectNode visit(DropSequence op) {
      return tagged("drop_sequence").put("sequence", op.sequence());
    }
  }

  public static Operation operation(JsonFields fields) {
    String kind = fields.string("op");
    return switch (kind) {
      case "create_table" -> new CreateTable(table(fields.allowOnly(Set.of("op", "table")).object("table")));
      case "drop_table" -> new DropTable(fields.allowOnly(Set.of("op", "table")).string("table"));
      case "add_column" -> {
        fields.allowOnly(Set.of("op", "table", "column"));
        yield new AddColumn(fields.string("table"), column(fields.object("column")));
      }
      case "drop_column" -> {
        fields.allowOnly(Set.of("op", "table", "column"));
        yield new DropColumn(fields.string("table"), fields.string("column"));
      }
      case "alter_column_type" -> {
        fields.allowOnly(Set.of("op", "table", "column", "type"));
        yield fields.build(f -> new AlterColumnType(f.string("table"), f.string("column"), f.string("type")));
      }
      case "alter_column_nullability" -> {
        fields.allowOnly(Set.of("op", "table", "column", "nullable"));
        yield new AlterColumnNullability(fields.string("table"), fields.string("column"), fields.bool("nullable"));
      }
      case "add_primary_key" -> {
        fields.allowOnly(Set.of("op", "table", "primary_key"));
        yield new AddPrimaryKey(fields.string("table"), primaryKey(fields.object("primary_key")));
      }
      case "drop_primary_key" -> {
        fields.allowOnly(Set.of("op", "table", "name"));
        yield new DropPrimaryKey(fields.string("table"), fields.string("name"));
      }
      case "add_check" -> {
        fields.allowOnly(Set.of("op", "table", "check"));
        yield new AddCheck(fields.string("table"), check(fields.object("check")));
      }
      case "drop_check" -> {
        fields.allowOnly(Set.of("op", "table", "name"));
        yield new DropCheck(fields.string("table"), fields.string("name"));
      }
      case "create_sequence" -> new CreateSequence(sequence(fields.allowOnly(Set.of("op", "sequence")).object("sequence")));
      case "alter_sequence" -> new AlterSequence(sequence(fields.allowOnly(Set.of("op", "sequence")).object("sequence")));
      case "drop_sequence" -> new DropSequence(fields.allowOnly(Set.of("op", "sequence")).string("sequence"));
      default -> throw new LedgerFormatException(fields.path() + ".op", "unknown operation '" + kind + "'");
    };
  }

  // ---- parts ----

  private static ObjectNode table(Table table) {
    ObjectNode node = CanonicalJson.object().put("name", table.name());
    ArrayNode columns = node.putArray("columns");
    table.columns().forEach(column -> columns.add(column(column)));
    if (table.primaryKey() != null) {
      node.set("primary_key", primaryKey(table.primaryKey()));
    }
    ArrayNode checks = node.putArray("checks");
    table.checks().forEach(check -> checks.add(check(check)));
    return node;
  }

  private static Table table(JsonFields fields) {
    fields.allowOnly(Set.of("name", "columns", "primary_key", "checks"));
    List<Column> columns = fields.objects("columns").stream().map(ModelJson::column).toList();
    PrimaryKey primaryKey = fields.has("primary_key") ? primaryKey(fields.object("primary_key")) : null;
    List<CheckConstraint> checks = fields.objects("checks").stream().map(ModelJson::check).toList();
    return fields.build(f -> new Table(f.string("name"), columns, primaryKey, checks));
  }

  private static ObjectNode column(Column column) {
    return CanonicalJson.object()
        .put("name", column.name())
        .put("type", column.type())
        .put("nullable", column.nullable())
        .put("identity", column.identity());
  }

  private static Column column(JsonFields fields) {
    fields.allowOnly(Set.of("name", "type", "nullable", "identity"));
    return fields.build(f -> new Column(f.string("name"), f.string("type"), f.bool("nullable"), f.bool("identity")));
  }

  private static ObjectNode primaryKey(PrimaryKey key) {
    ObjectNode node = CanonicalJson.object().put("name", key.name());
    ArrayNode columns = node.putArray("columns");
    key.columns().forEach(columns::add);
    return node;
  }

  private static PrimaryKey primaryKey(JsonFields fields) {
    fields.allowOnly(Set.of("name", "columns"));
    return fields.build(f -> new PrimaryKey(f.string("name"), f.strings("columns")));
  }

  private static ObjectNode check(CheckConstraint check) {
    return CanonicalJson.object().put("name", check.name()).put("expression", check.expression());
  }

  private static CheckConstraint check(JsonFields fields) {
    fields.allowOnly(Set.of("name", "expression"));
    return fields.build(f -> new CheckConstraint(f.string("name"), f.string("expression")));
  }

  private static ObjectNode sequence(Sequence sequence) {
    return CanonicalJson.object()
        .put("name", sequence.name())
        .put("start", sequence.start())
        .put("increment", sequence.increment());
  }

  private static Sequence sequence(JsonFields fields) {
    fields.allowOnly(Set.of("name", "start", "increment"));
    return fields.build(f -> new Sequence(f.string("name"), f.integer("start"), f.integer("increment")));
  }
}
