package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** Table-level mappings of an entity: unique constraints, indexes, checks and the comment. */
final class TableAnnotationMapper {

  private final ReadContext context;

  TableAnnotationMapper(ReadContext context) {
    this.context = context;
  }

  void map(EntityBuilder entity) {
    TypeElement type = entity.shape.entity();
    TableBuilder table = entity.table;
    Optional<TableAnnotation> annotation = TableAnnotation.on(type, context.elements);
    for (UniqueConstraintAnnotation unique : annotation.map(TableAnnotation::uniqueConstraints).orElse(List.of())) {
      uniqueConstraint(type, table, unique);
    }
    for (IndexAnnotation index : annotation.map(TableAnnotation::indexes).orElse(List.of())) {
      index(type, table, index);
    }
    for (CheckAnnotation check : CheckAnnotation.allOn(type, context.elements)) {
      table.check(new CheckConstraint(check.name().map(name -> Naming.verbatim(name).stored())
          .orElseGet(() -> table.tableCheckName(check.constraints())), check.constraints()));
    }
    table.comment(AnnotationValues.find(type, Jpa.COMMENT, context.elements)
        .map(value -> value.string("value")).orElse(null));
  }

  void uniqueConstraint(TypeElement type, TableBuilder table, UniqueConstraintAnnotation unique) {
    List<String> columns = unique.columnNames().stream().map(name -> context.naming.column(name).stored()).toList();
    if (!mapped(type, table, columns, "@UniqueConstraint on table " + table.storedName())) {
      return;
    }
    table.unique(new UniqueConstraint(unique.name().isBlank() ? PostgresNames.uniqueKeyName(table.storedName(), columns)
        : Naming.verbatim(unique.name()).stored(), columns));
  }

  /** An {@code @Index}: Hibernate hashes an unnamed one ({@code IDX...}); a unique one becomes a unique key. */
  void index(TypeElement type, TableBuilder table, IndexAnnotation index) {
    List<String> specs = List.of(index.columnList().split(","));
    // Hibernate hashes an unnamed index over the physical table name and the columns as listed.
    List<PhysicalName> listed = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (String spec : specs) {
      String[] words = spec.trim().split("\\s+");
      listed.add(Naming.verbatim(words[0]));
      boolean descending = words.length > 1 && words[1].equalsIgnoreCase("desc");
      keys.add(context.naming.column(words[0]).stored() + (descending ? " desc" : ""));
    }
    if (!mapped(type, table, keys.stream().map(key -> key.replace(" desc", "")).toList(),
        "@Index on table " + table.storedName())) {
      return;
    }
    String given = index.name();
    if (index.unique()) {
      if (given.isBlank()) {
        context.reporter.error(type, index.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "An unnamed unique @Index on " + type.getSimpleName(), "give it a name, or use @UniqueConstraint");
        return;
      }
      table.unique(new UniqueConstraint(Naming.verbatim(given).stored(),
          keys.stream().map(key -> key.replace(" desc", "")).toList()));
      return;
    }
    String name = given.isBlank() ? Naming.constraintName("IDX", table.name(), listed) : Naming.verbatim(given).stored();
    table.index(Index.index(name, keys.toArray(String[]::new)));
  }

  /**
   * Whether {@code table} maps each of {@code columns}, else reports the first it lacks: Hibernate
   * refuses a constraint on a column the mapping does not have.
   */
  private boolean mapped(TypeElement type, TableBuilder table, List<String> columns, String where) {
    Optional<String> unknown = columns.stream().filter(column -> !table.hasColumn(column)).findFirst();
    unknown.ifPresent(column -> context.reporter.error(type, Diagnostic.UNKNOWN_COLUMN, where, column,
        type.getSimpleName()));
    return unknown.isEmpty();
  }
}
