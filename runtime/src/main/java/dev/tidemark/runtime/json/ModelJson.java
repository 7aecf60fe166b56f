package dev.tidemark.runtime.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidemark.runtime.operation.CreateTable;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.RenameTable;
import dev.tidemark.runtime.operation.AddColumn;
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.RenameColumn;
import dev.tidemark.runtime.operation.AlterColumnType;
import dev.tidemark.runtime.operation.AlterColumnNullability;
import dev.tidemark.runtime.operation.AlterColumnDefault;
import dev.tidemark.runtime.operation.AlterColumnIdentity;
import dev.tidemark.runtime.operation.AddPrimaryKey;
import dev.tidemark.runtime.operation.AddUnique;
import dev.tidemark.runtime.operation.AddCheck;
import dev.tidemark.runtime.operation.AddForeignKey;
import dev.tidemark.runtime.operation.DropConstraint;
import dev.tidemark.runtime.operation.RenameConstraint;
import dev.tidemark.runtime.operation.CreateIndex;
import dev.tidemark.runtime.operation.DropIndex;
import dev.tidemark.runtime.operation.RenameIndex;
import dev.tidemark.runtime.operation.CreateSequence;
import dev.tidemark.runtime.operation.AlterSequence;
import dev.tidemark.runtime.operation.DropSequence;
import dev.tidemark.runtime.operation.SetTableComment;
import dev.tidemark.runtime.operation.SetColumnComment;
import dev.tidemark.runtime.operation.CustomOperation;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.operation.OperationExtensions;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.PartitionInterval;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Schema models and operations to and from their canonical JSON form.
 *
 * <p>The format grows additively: a field at its default (no default value, no comment, no
 * indexes...) is left out, so the JSON, and the checksums of revisions frozen before the field
 * existed, stay the same.
 */
public final class ModelJson {

  private ModelJson() {}

  // ---- schema ----

  public static ObjectNode schema(Schema schema) {
    ObjectNode node = CanonicalJson.object().put("name", schema.name());
    node.set("tables", array(schema.tables(), ModelJson::table));
    node.set("sequences", array(schema.sequences(), ModelJson::sequence));
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
    return array(operations, ModelJson::operation);
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
    public ObjectNode visit(RenameTable op) {
      return tagged("rename_table").put("from", op.from()).put("to", op.to());
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
    public ObjectNode visit(RenameColumn op) {
      return tagged("rename_column").put("table", op.table()).put("from", op.from()).put("to", op.to());
    }

    @Override
    public ObjectNode visit(AlterColumnType op) {
      ObjectNode node = tagged("alter_column_type").put("table", op.table()).put("column", op.column())
          .put("type", op.type());
      // Written only when present, so a cast written before conversions existed keeps its checksum.
      return op.using() == null ? node : node.put("using", op.using());
    }

    @Override
    public ObjectNode visit(AlterColumnNullability op) {
      return tagged("alter_column_nullability")
          .put("table", op.table()).put("column", op.column()).put("nullable", op.nullable());
    }

    @Override
    public ObjectNode visit(AlterColumnDefault op) {
      ObjectNode node = tagged("alter_column_default").put("table", op.table()).put("column", op.column());
      return op.defaultValue() == null ? node.putNull("default") : node.put("default", op.defaultValue());
    }

    @Override
    public ObjectNode visit(AlterColumnIdentity op) {
      return tagged("alter_column_identity")
          .put("table", op.table()).put("column", op.column()).put("identity", op.identity());
    }

    @Override
    public ObjectNode visit(AddPrimaryKey op) {
      return tagged("add_primary_key").put("table", op.table()).set("primary_key", primaryKey(op.primaryKey()));
    }

    @Override
    public ObjectNode visit(AddUnique op) {
      return tagged("add_unique").put("table", op.table()).set("unique", unique(op.unique()));
    }

    @Override
    public ObjectNode visit(AddCheck op) {
      return tagged("add_check").put("table", op.table()).set("check", check(op.check()));
    }

    @Override
    public ObjectNode visit(AddForeignKey op) {
      return tagged("add_foreign_key").put("table", op.table()).set("foreign_key", foreignKey(op.foreignKey()));
    }

    @Override
    public ObjectNode visit(DropConstraint op) {
      return tagged("drop_constraint").put("table", op.table()).put("name", op.name());
    }

    @Override
    public ObjectNode visit(RenameConstraint op) {
      return tagged("rename_constraint").put("table", op.table()).put("from", op.from()).put("to", op.to());
    }

    @Override
    public ObjectNode visit(CreateIndex op) {
      return tagged("create_index").put("table", op.table()).set("index", index(op.index()));
    }

    @Override
    public ObjectNode visit(DropIndex op) {
      return tagged("drop_index").put("table", op.table()).put("name", op.name());
    }

    @Override
    public ObjectNode visit(RenameIndex op) {
      return tagged("rename_index").put("table", op.table()).put("from", op.from()).put("to", op.to());
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

    @Override
    public ObjectNode visit(SetTableComment op) {
      ObjectNode node = tagged("set_table_comment").put("table", op.table());
      return op.comment() == null ? node.putNull("comment") : node.put("comment", op.comment());
    }

    @Override
    public ObjectNode visit(CustomOperation op) {
      return tagged("custom").put("kind", op.kind()).set("arguments", op.arguments());
    }

    @Override
    public ObjectNode visit(SetColumnComment op) {
      ObjectNode node = tagged("set_column_comment").put("table", op.table()).put("column", op.column());
      return op.comment() == null ? node.putNull("comment") : node.put("comment", op.comment());
    }
  }

  public static Operation operation(JsonFields fields) {
    String kind = fields.string("op");
    return fields.build(f -> switch (kind) {
      case "create_table" -> new CreateTable(table(only(f, "table").object("table")));
      case "drop_table" -> new DropTable(only(f, "table").string("table"));
      case "rename_table" -> new RenameTable(only(f, "from", "to").string("from"), f.string("to"));
      case "add_column" -> new AddColumn(only(f, "table", "column").string("table"), column(f.object("column")));
      case "drop_column" -> new DropColumn(only(f, "table", "column").string("table"), f.string("column"));
      case "rename_column" ->
          new RenameColumn(only(f, "table", "from", "to").string("table"), f.string("from"), f.string("to"));
      case "alter_column_type" ->
          new AlterColumnType(only(f, "table", "column", "type", "using").string("table"), f.string("column"),
              f.string("type"), f.optionalString("using"));
      case "alter_column_nullability" -> new AlterColumnNullability(
          only(f, "table", "column", "nullable").string("table"), f.string("column"), f.bool("nullable"));
      case "alter_column_default" -> new AlterColumnDefault(
          only(f, "table", "column", "default").string("table"), f.string("column"), f.optionalString("default"));
      case "alter_column_identity" -> new AlterColumnIdentity(
          only(f, "table", "column", "identity").string("table"), f.string("column"), f.bool("identity"));
      case "add_primary_key" ->
          new AddPrimaryKey(only(f, "table", "primary_key").string("table"), primaryKey(f.object("primary_key")));
      case "add_unique" -> new AddUnique(only(f, "table", "unique").string("table"), unique(f.object("unique")));
      case "add_check" -> new AddCheck(only(f, "table", "check").string("table"), check(f.object("check")));
      case "add_foreign_key" ->
          new AddForeignKey(only(f, "table", "foreign_key").string("table"), foreignKey(f.object("foreign_key")));
      case "drop_constraint" -> new DropConstraint(only(f, "table", "name").string("table"), f.string("name"));
      case "rename_constraint" ->
          new RenameConstraint(only(f, "table", "from", "to").string("table"), f.string("from"), f.string("to"));
      case "create_index" -> new CreateIndex(only(f, "table", "index").string("table"), index(f.object("index")));
      case "drop_index" -> new DropIndex(only(f, "table", "name").string("table"), f.string("name"));
      case "rename_index" ->
          new RenameIndex(only(f, "table", "from", "to").string("table"), f.string("from"), f.string("to"));
      case "create_sequence" -> new CreateSequence(sequence(only(f, "sequence").object("sequence")));
      case "alter_sequence" -> new AlterSequence(sequence(only(f, "sequence").object("sequence")));
      case "drop_sequence" -> new DropSequence(only(f, "sequence").string("sequence"));
      case "set_table_comment" ->
          new SetTableComment(only(f, "table", "comment").string("table"), f.optionalString("comment"));
      case "set_column_comment" -> new SetColumnComment(
          only(f, "table", "column", "comment").string("table"), f.string("column"), f.optionalString("comment"));
      case "custom" -> OperationExtensions.of(only(f, "kind", "arguments").string("kind")).read(f.object("arguments"));
      default -> throw new LedgerFormatException(f.path() + ".op", "unknown operation '" + kind + "'");
    });
  }

  /** {@code fields} after checking it holds only {@code op} and {@code names}. */
  private static JsonFields only(JsonFields fields, String... names) {
    Set<String> allowed = Arrays.stream(names).collect(Collectors.toSet());
    allowed.add("op");
    return fields.allowOnly(allowed);
  }

  // ---- parts ----

  private static ObjectNode table(Table table) {
    ObjectNode node = CanonicalJson.object().put("name", table.name());
    node.set("columns", array(table.columns(), ModelJson::column));
    if (table.primaryKey() != null) {
      node.set("primary_key", primaryKey(table.primaryKey()));
    }
    node.set("checks", array(table.checks(), ModelJson::check));
    if (!table.uniques().isEmpty()) {
      node.set("uniques", array(table.uniques(), ModelJson::unique));
    }
    if (!table.foreignKeys().isEmpty()) {
      node.set("foreign_keys", array(table.foreignKeys(), ModelJson::foreignKey));
    }
    if (!table.indexes().isEmpty()) {
      node.set("indexes", array(table.indexes(), ModelJson::index));
    }
    if (table.comment() != null) {
      node.put("comment", table.comment());
    }
    if (table.partitioning() != null) {
      node.set("partitioning", partitioning(table.partitioning()));
    }
    return node;
  }

  /** Range partitioning as the ledger records it; public for extensions whose operations carry it. */
  public static ObjectNode partitioning(RangePartitioning partitioning) {
    ObjectNode node = CanonicalJson.object()
        .put("column", partitioning.column())
        .put("interval", partitioning.interval().toString())
        .put("premake", partitioning.premake())
        .put("expired", partitioning.expired().name().toLowerCase(Locale.ROOT));
    return partitioning.retention() == null ? node : node.put("retention", partitioning.retention().toString());
  }

  public static RangePartitioning partitioning(JsonFields fields) {
    fields.allowOnly(Set.of("column", "interval", "premake", "retention", "expired"));
    return fields.build(f -> new RangePartitioning(f.string("column"), PartitionInterval.parse(f.string("interval")),
        Math.toIntExact(f.integer("premake")),
        f.has("retention") ? PartitionInterval.parse(f.string("retention")) : null,
        RangePartitioning.Expired.valueOf(f.string("expired").toUpperCase(Locale.ROOT))));
  }

  private static Table table(JsonFields fields) {
    fields.allowOnly(Set.of("name", "columns", "primary_key", "checks", "uniques", "foreign_keys", "indexes", "comment",
        "partitioning"));
    RangePartitioning partitioning = fields.has("partitioning") ? partitioning(fields.object("partitioning")) : null;
    List<Column> columns = fields.objects("columns").stream().map(ModelJson::column).toList();
    PrimaryKey primaryKey = fields.has("primary_key") ? primaryKey(fields.object("primary_key")) : null;
    List<CheckConstraint> checks = fields.objects("checks").stream().map(ModelJson::check).toList();
    List<UniqueConstraint> uniques = optionalObjects(fields, "uniques").stream().map(ModelJson::unique).toList();
    List<ForeignKey> foreignKeys = optionalObjects(fields, "foreign_keys").stream().map(ModelJson::foreignKey).toList();
    List<Index> indexes = optionalObjects(fields, "indexes").stream().map(ModelJson::index).toList();
    return fields.build(f -> new Table(f.string("name"), columns, primaryKey, uniques, checks, foreignKeys, indexes,
        f.optionalString("comment"), partitioning));
  }

  private static ObjectNode column(Column column) {
    ObjectNode node = CanonicalJson.object()
        .put("name", column.name())
        .put("type", column.type())
        .put("nullable", column.nullable())
        .put("identity", column.identity());
    if (column.defaultValue() != null) {
      node.put("default", column.defaultValue());
    }
    if (column.comment() != null) {
      node.put("comment", column.comment());
    }
    return node;
  }

  private static Column column(JsonFields fields) {
    fields.allowOnly(Set.of("name", "type", "nullable", "identity", "default", "comment"));
    return fields.build(f -> new Column(f.string("name"), f.string("type"), f.bool("nullable"), f.bool("identity"),
        f.optionalString("default"), f.optionalString("comment")));
  }

  private static ObjectNode primaryKey(PrimaryKey key) {
    return named(key.name()).set("columns", strings(key.columns()));
  }

  private static PrimaryKey primaryKey(JsonFields fields) {
    fields.allowOnly(Set.of("name", "columns"));
    return fields.build(f -> new PrimaryKey(f.string("name"), f.strings("columns")));
  }

  private static ObjectNode unique(UniqueConstraint unique) {
    return named(unique.name()).set("columns", strings(unique.columns()));
  }

  private static UniqueConstraint unique(JsonFields fields) {
    fields.allowOnly(Set.of("name", "columns"));
    return fields.build(f -> new UniqueConstraint(f.string("name"), f.strings("columns")));
  }

  private static ObjectNode check(CheckConstraint check) {
    ObjectNode node = named(check.name()).put("expression", check.expression());
    // Written only when present, so a check written before enum constants were recorded keeps its checksum.
    return check.enumConstants().isEmpty() ? node : node.set("enum_constants", strings(check.enumConstants()));
  }

  private static CheckConstraint check(JsonFields fields) {
    fields.allowOnly(Set.of("name", "expression", "enum_constants"));
    return fields.build(f -> new CheckConstraint(f.string("name"), f.string("expression"),
        f.has("enum_constants") ? f.strings("enum_constants") : List.of()));
  }

  private static ObjectNode foreignKey(ForeignKey key) {
    ObjectNode node = named(key.name()).put("referenced_table", key.referencedTable());
    node.set("columns", strings(key.columns()));
    node.set("referenced_columns", strings(key.referencedColumns()));
    // Written only when it crosses schemas, so a ledger of one schema reads as it always did.
    if (key.crossSchema()) {
      node.put("referenced_schema", key.referencedSchema());
    }
    return node.put("on_delete", key.onDelete().sql()).put("on_update", key.onUpdate().sql());
  }

  private static ForeignKey foreignKey(JsonFields fields) {
    fields.allowOnly(Set.of("name", "columns", "referenced_schema", "referenced_table", "referenced_columns",
        "on_delete", "on_update"));
    return fields.build(f -> new ForeignKey(f.string("name"), f.strings("columns"), f.string("referenced_table"),
        f.strings("referenced_columns"), action(f, "on_delete"), action(f, "on_update"),
        f.optionalString("referenced_schema")));
  }

  private static ForeignKey.Action action(JsonFields fields, String field) {
    String sql = fields.string(field);
    return Arrays.stream(ForeignKey.Action.values())
        .filter(action -> action.sql().equals(sql))
        .findFirst()
        .orElseThrow(() -> new LedgerFormatException(fields.path() + "." + field, "'" + sql
            + "' is not one of no action, restrict, cascade, set null, set default"));
  }

  private static ObjectNode index(Index index) {
    ObjectNode node = named(index.name()).put("unique", index.unique());
    node.set("columns", strings(index.columnSpecs()));
    return node;
  }

  private static Index index(JsonFields fields) {
    fields.allowOnly(Set.of("name", "columns", "unique"));
    return fields.build(f -> {
      String[] columns = f.strings("columns").toArray(String[]::new);
      return f.bool("unique") ? Index.uniqueIndex(f.string("name"), columns) : Index.index(f.string("name"), columns);
    });
  }

  private static ObjectNode sequence(Sequence sequence) {
    return named(sequence.name()).put("start", sequence.start()).put("increment", sequence.increment());
  }

  private static Sequence sequence(JsonFields fields) {
    fields.allowOnly(Set.of("name", "start", "increment"));
    return fields.build(f -> new Sequence(f.string("name"), f.integer("start"), f.integer("increment")));
  }

  private static ObjectNode named(String name) {
    return CanonicalJson.object().put("name", name);
  }

  private static ArrayNode strings(List<String> values) {
    ArrayNode array = CanonicalJson.array();
    values.forEach(array::add);
    return array;
  }

  private static <T> ArrayNode array(List<T> values, Function<T, ObjectNode> writer) {
    ArrayNode array = CanonicalJson.array();
    values.forEach(value -> array.add(writer.apply(value)));
    return array;
  }

  private static List<JsonFields> optionalObjects(JsonFields fields, String field) {
    return fields.has(field) ? fields.objects(field) : List.of();
  }
}
