package dev.tidemark.runtime.testing;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What PostgreSQL's catalog holds for one schema, as sorted lines that two databases can be
 * compared by: tables, columns (type, nullability, default, identity), constraints as
 * {@code pg_get_constraintdef} prints them, indexes, sequences and comments. Column order is left
 * out, since PostgreSQL appends added columns; so are the sequences behind identity columns, whose
 * names PostgreSQL picks, and Tidemark's own history table.
 */
public final class CatalogDump {

  private CatalogDump() {}

  public static List<String> of(DataSource dataSource, String schema) {
    List<String> lines = new ArrayList<>();
    lines.addAll(Sql.rows(dataSource, "select 'column ' || c.relname || '.' || a.attname || ' '"
        + " || format_type(a.atttypid, a.atttypmod) || case when a.attnotnull then ' not null' else '' end"
        + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
        + " || case a.attidentity when 'd' then ' identity by default' when 'a' then ' identity always' else '' end"
        + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
        + " join pg_namespace n on n.oid = c.relnamespace"
        + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
        + " where n.nspname = ? and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped"
        + " and c.relname <> 'tidemark_history'", schema));
    lines.addAll(Sql.rows(dataSource, "select 'constraint ' || c.relname || '.' || k.conname || ' '"
        + " || pg_get_constraintdef(k.oid)"
        + " from pg_constraint k join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace"
        + " where n.nspname = ? and c.relname <> 'tidemark_history'", schema));
    lines.addAll(Sql.rows(dataSource, "select 'index ' || indexname || ' ' || indexdef from pg_indexes"
        + " where schemaname = ? and tablename <> 'tidemark_history'", schema));
    lines.addAll(Sql.rows(dataSource, "select 'sequence ' || s.sequencename || ' ' || s.data_type::text"
        + " || ' start ' || s.start_value || ' increment ' || s.increment_by"
        + " from pg_sequences s where s.schemaname = ? and not exists (select 1 from pg_depend d"
        + " where d.objid = (quote_ident(s.schemaname) || '.' || quote_ident(s.sequencename))::regclass"
        + " and d.deptype = 'i')", schema));
    lines.addAll(Sql.rows(dataSource, "select 'comment ' || c.relname || coalesce('.' || a.attname, '') || ' '"
        + " || d.description from pg_description d join pg_class c on c.oid = d.objoid"
        + " join pg_namespace n on n.oid = c.relnamespace"
        + " left join pg_attribute a on a.attrelid = c.oid and a.attnum = d.objsubid and d.objsubid > 0"
        + " where d.classoid = 'pg_class'::regclass and n.nspname = ?", schema));
    return lines.stream().sorted().toList();
  }
}
