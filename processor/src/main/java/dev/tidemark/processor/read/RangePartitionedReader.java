package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.PartitionInterval;
import dev.tidemark.runtime.schema.RangePartitioning;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @RangePartitioned} into the tables the entity reader built: a stage after it, so
 * the entity reader need not know partitioning. Each problem is an error on the annotation or its
 * value, and the entity's table is left plain.
 */
public final class RangePartitionedReader {

  /** The annotation that partitions an entity's table. */
  public static final String RANGE_PARTITIONED = "dev.tidemark.annotations.RangePartitioned";

  /** Types PostgreSQL prints for {@code date} and {@code timestamp} columns, with or without time zone. */
  private static final Pattern TEMPORAL = Pattern.compile("date|timestamp(\\([0-6]\\))?( with(out)? time zone)?");

  private final Elements elements;
  private final Reporter reporter;

  public RangePartitionedReader(Elements elements, Reporter reporter) {
    this.elements = elements;
    this.reporter = reporter;
  }

  /** {@code model} with the tables of partitioned entities partitioned. */
  public ReadModel read(ReadModel model, Collection<TypeElement> entities) {
    Map<String, Schema> schemas = new TreeMap<>(model.schemas());
    model.origins().forEach((schemaName, tables) -> tables.forEach((tableName, entity) -> {
      if (!entities.contains(entity)) {
        return;
      }
      AnnotationValues.find(entity, RANGE_PARTITIONED, elements).ifPresent(annotation -> {
        Schema schema = schemas.get(schemaName);
        Table table = schema.table(tableName).orElseThrow();
        partitioning(entity, annotation, table)
            .ifPresent(partitioning -> schemas.put(schemaName, schema.withTable(table.withPartitioning(partitioning))));
      });
    }));
    return new ReadModel(Map.copyOf(schemas), model.origins(), model.intents());
  }

  private Optional<RangePartitioning> partitioning(TypeElement entity, AnnotationValues annotation, Table table) {
    String where = entity.getSimpleName().toString();
    List<String> problems = new ArrayList<>();
    String name = annotation.string("column");
    Optional<Column> column = table.column(name).or(() -> table.column(name.toLowerCase(Locale.ROOT)));
    if (column.isEmpty()) {
      problems.add("column '" + name + "' is not a column of table " + table.name() + " (its columns: "
          + table.columns().stream().map(Column::name).toList() + ")");
    } else if (!TEMPORAL.matcher(column.get().type()).matches()) {
      problems.add("column " + column.get().name() + " has type " + column.get().type()
          + "; range partitions are cut by a date or timestamp column");
    }
    PartitionInterval interval = interval(annotation.string("interval"), "interval", problems);
    String retentionText = annotation.string("retention");
    PartitionInterval retention = retentionText.isBlank() ? null : interval(retentionText, "retention", problems);
    int premake = annotation.integer("premake");
    if (premake < 0) {
      problems.add("premake is " + premake + "; it counts partitions made ahead, 0 or more");
    }
    column.ifPresent(partitionColumn -> problems.addAll(keysWithout(table, partitionColumn.name())));
    if (!problems.isEmpty()) {
      reporter.error(entity, annotation.mirror(), Diagnostic.PARTITIONING_INVALID, where, String.join("; ", problems));
      return Optional.empty();
    }
    return Optional.of(new RangePartitioning(column.get().name(), interval, premake, retention,
        RangePartitioning.Expired.valueOf(annotation.enumConstant("expired"))));
  }

  private static PartitionInterval interval(String text, String attribute, List<String> problems) {
    try {
      return PartitionInterval.parse(text);
    } catch (IllegalArgumentException e) {
      problems.add(attribute + " " + e.getMessage());
      return null;
    }
  }

  /** PostgreSQL's rule: each partition enforces keys on its own rows, so every key must include the partition column. */
  private static List<String> keysWithout(Table table, String column) {
    List<String> problems = new ArrayList<>();
    if (table.primaryKey() != null && !table.primaryKey().columns().contains(column)) {
      problems.add("its primary key " + table.primaryKey().columns() + " must include the partition column " + column
          + ", as PostgreSQL requires of a partitioned table (add it to the key with @IdClass or @EmbeddedId)");
    }
    for (UniqueConstraint unique : table.uniques()) {
      if (!unique.columns().contains(column)) {
        problems.add("unique constraint " + unique.name() + " " + unique.columns() + " must include the partition"
            + " column " + column);
      }
    }
    table.indexes().stream()
        .filter(index -> index.unique() && index.keys().stream().noneMatch(key -> key.column().equals(column)))
        .forEach(index -> problems.add("unique index " + index.name() + " must include the partition column " + column));
    return problems;
  }
}
