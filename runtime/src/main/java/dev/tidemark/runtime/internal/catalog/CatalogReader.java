package dev.tidemark.runtime.internal.catalog;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one schema of PostgreSQL's catalog into Tidemark's schema model, so the live database and
 * a revision's snapshot compare as two {@link Schema}s.
 *
 * <p>Tables and partitioned tables (with their partition key) with their columns (as {@code format_type} prints the type),
 * primary keys, uniques, checks and foreign keys within the schema, plain indexes on columns,
 * sequences and comments. Left out: the sequences behind identity columns (PostgreSQL names them),
 * indexes that back constraints, partial and expression indexes and INVALID indexes (the model has
 * no form for them), foreign keys to other schemas, and the tables named in {@code ignoredTables}
 * (Tidemark's history). Run it with {@code search_path} set to {@code pg_catalog} so expressions
 * print every name qualified the same way.
 */
public final class CatalogReader {

  private final Connection connection;
  private final String schema;
  private final List<String> ignoredTables;

  public CatalogReader(Connection connection, String schema, List<String> ignoredTables) {
    this.connection = connection;
    this.schema = schema;
    this.ignoredTables = List.copyOf(ignoredTables);
  }

  public Schema read() throws SQLException {
    Map<String, TableParts> tables = new LinkedHashMap<>();
    // Partitions belong to their partitioned table, which the model describes; they are not tables of their own.
    forEachRow("select c.relname, obj_description(c.oid, 'pg_class') from pg_class c"
        + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? and c.relkind in ('r', 'p')"
        + " and not c.relispartition order by c.relname", row -> {
          if (!ignoredTables.contains(row.getString(1))) {
            tables.put(row.getString(1), new TableParts(row.getString(2)));
          }
        });
    readColumns(tables);
    readPartitionKeys(tables);
    readConstraints(tables);
    readIndexes(tables);
    List<Table> built = new ArrayList<>();
    tables.forEach((name, parts) -> built.add(parts.build(name)));
    return new Schema(schema, built, readSequences());
  }

  private void readColumns(Map<String, TableParts> tables) throws SQLException {
    forEachRow("select c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
        + " pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '', col_description(c.oid, a.attnum)"
        + " from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace"
        + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
        + " where n.nspname = ? and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped"
        + " order by c.relname, a.attnum", row -> {
          TableParts table = tables.get(row.getString(1));
          if (table == null) {
            return;
          }
          String name = row.getString(2);
          boolean identity = row.getBoolean(6);
          try {
            table.columns.add(new Column(name, row.getString(3), !row.getBoolean(4) && !identity, identity,
                identity ? null : row.getString(5), row.getString(7)));
          } catch (IllegalArgumentException e) {
            throw TidemarkException.of(ErrorCode.DRIFT, "column " + row.getString(1) + "." + name + " of schema "
                + schema + " cannot be read into Tidemark's model: " + e.getMessage());
          }
        });
  }

  /**
   * The key of each partitioned table. The catalog holds the key only: the policy maintenance keeps
   * partitions by (interval, premake, retention) is the model's, so the key comes with the default
   * policy and compares by {@link RangePartitioning#sameKey}.
   */
  private void readPartitionKeys(Map<String, TableParts> tables) throws SQLException {
    forEachRow("select c.relname, p.partstrat, p.partexprs is null,"
        + " array(select a.attname::text from unnest(p.partattrs::int2[]) with ordinality u(attnum, ord)"
        + "   join pg_attribute a on a.attrelid = c.oid and a.attnum = u.attnum order by u.ord),"
        + " pg_get_partkeydef(c.oid)"
        + " from pg_partitioned_table p join pg_class c on c.oid = p.partrelid"
        + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = ? order by c.relname", row -> {
          TableParts table = tables.get(row.getString(1));
          if (table == null) {
            return;
          }
          List<String> columns = names(row, 4);
          if (!row.getString(2).equals("r") || !row.getBoolean(3) || columns.size() != 1) {
            throw TidemarkException.of(ErrorCode.DRIFT, "table " + row.getString(1) + " of schema " + schema
                + " is partitioned by " + row.getString(5) + ", which Tidemark's model cannot describe: it knows"
                + " range partitioning by one column");
          }
          table.partitioning = RangePartitioning.rangePartitioned(columns.get(0));
        });
  }

  private void readConstraints(Map<String, TableParts> tables) throws SQLException {
    forEachRow("select t.relname, k.conname, k.contype, pg_get_constraintdef(k.oid),"
        + " array(select a.attname::text from unnest(k.conkey) with ordinality u(attnum, ord)"
        + "   join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.ord),"
        + " r.relname, rn.nspname,"
        + " array(select a.attname::text from unnest(k.confkey) with ordinality u(attnum, ord)"
        + "   join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.ord),"
        + " k.confdeltype, k.confupdtype"
        + " from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_namespace n on n.oid = t.relnamespace"
        + " left join pg_class r on r.oid = k.confrelid left join pg_namespace rn on rn.oid = r.relnamespace"
        + " where n.nspname = ? and k.contype in ('p', 'u', 'c', 'f') order by t.relname, k.conname", row -> {
          TableParts table = tables.get(row.getString(1));
          if (table == null) {
            return;
          }
          String name = row.getString(2);
          List<String> columns = names(row, 5);
          switch (row.getString(3)) {
            case "p" -> table.primaryKey = new PrimaryKey(name, columns);
            case "u" -> table.uniques.add(new UniqueConstraint(name, columns));
            case "c" -> table.checks.add(new CheckConstraint(name, checkExpression(row.getString(4))));
            default -> {
              boolean sameSchema = schema.equals(row.getString(7));
              if (!sameSchema || tables.containsKey(row.getString(6))) {
                table.foreignKeys.add(new ForeignKey(name, columns, row.getString(6), names(row, 8),
                    action(row.getString(9)), action(row.getString(10)), sameSchema ? null : row.getString(7)));
              }
            }
          }
        });
  }

  private void readIndexes(Map<String, TableParts> tables) throws SQLException {
    forEachRow("select t.relname, ic.relname, i.indisunique,"
        + " array(select a.attname::text from unnest(i.indkey::int2[]) with ordinality u(attnum, ord)"
        + "   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = u.attnum order by u.ord),"
        + " array(select (o.option & 1) = 1 from unnest(i.indoption::int2[]) with ordinality o(option, ord)"
        + "   order by o.ord)"
        + " from pg_index i join pg_class ic on ic.oid = i.indexrelid join pg_class t on t.oid = i.indrelid"
        + " join pg_namespace n on n.oid = t.relnamespace"
        + " where n.nspname = ? and i.indisvalid and i.indpred is null and i.indexprs is null"
        + " and i.indnatts = i.indnkeyatts and not (0 = any(i.indkey::int2[]))"
        + " and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid and k.contype in ('p', 'u', 'x'))"
        + " order by t.relname, ic.relname", row -> {
          TableParts table = tables.get(row.getString(1));
          if (table == null) {
            return;
          }
          List<String> columns = names(row, 4);
          Boolean[] descending = (Boolean[]) row.getArray(5).getArray();
          List<Index.Key> keys = new ArrayList<>();
          for (int i = 0; i < columns.size(); i++) {
            keys.add(new Index.Key(columns.get(i), descending[i]));
          }
          table.indexes.add(new Index(row.getString(2), keys, row.getBoolean(3)));
        });
  }

  private List<Sequence> readSequences() throws SQLException {
    List<Sequence> sequences = new ArrayList<>();
    forEachRow("select c.relname, s.seqstart, s.seqincrement from pg_sequence s join pg_class c on c.oid = s.seqrelid"
        + " join pg_namespace n on n.oid = c.relnamespace where n.nspname = ?"
        + " and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'i')"
        + " order by c.relname",
        row -> sequences.add(new Sequence(row.getString(1), row.getLong(2), row.getLong(3))));
    return sequences;
  }

  /** {@code CHECK ((x > 0))} as the expression the model keeps: {@code (x > 0)}. */
  private static String checkExpression(String definition) {
    String expression = definition.replaceFirst("^CHECK \\(", "").replaceFirst(" NOT VALID$", "");
    return expression.substring(0, expression.length() - 1);
  }

  private static ForeignKey.Action action(String code) {
    return switch (code) {
      case "r" -> ForeignKey.Action.RESTRICT;
      case "c" -> ForeignKey.Action.CASCADE;
      case "n" -> ForeignKey.Action.SET_NULL;
      case "d" -> ForeignKey.Action.SET_DEFAULT;
      default -> ForeignKey.Action.NO_ACTION;
    };
  }

  private static List<String> names(ResultSet row, int column) throws SQLException {
    return List.of((String[]) row.getArray(column).getArray());
  }

  private interface RowHandler {
    void accept(ResultSet row) throws SQLException;
  }

  private void forEachRow(String sql, RowHandler handler) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, schema);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          handler.accept(rows);
        }
      }
    }
  }

  /** A table's parts as they are read, before the {@link Table} is built. */
  private static final class TableParts {
    private final String comment;
    private final List<Column> columns = new ArrayList<>();
    private PrimaryKey primaryKey;
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private RangePartitioning partitioning;

    TableParts(String comment) {
      this.comment = comment;
    }

    Table build(String name) {
      Table table = new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
      return partitioning == null ? table : table.withPartitioning(partitioning);
    }
  }
}
