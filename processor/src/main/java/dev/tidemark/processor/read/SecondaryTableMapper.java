package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.ForeignKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * {@code @SecondaryTable}: a table keyed by the entity's key (the key's column names unless
 * {@code pkJoinColumns} name them), whose key references the entity's table with Hibernate's
 * foreign key, and which holds the columns mapped with {@code @Column(table)} or
 * {@code @JoinColumn(table)}.
 */
final class SecondaryTableMapper {

  private final ReadContext context;
  private final TableAnnotationMapper tableAnnotations;

  SecondaryTableMapper(ReadContext context, TableAnnotationMapper tableAnnotations) {
    this.context = context;
    this.tableAnnotations = tableAnnotations;
  }

  /** The {@code @SecondaryTable}s an entity declares, alone or in {@code @SecondaryTables}. */
  List<AnnotationValues> declared(TypeElement entity) {
    List<AnnotationValues> declared = new ArrayList<>();
    AnnotationValues.find(entity, Jpa.SECONDARY_TABLE, context.elements).ifPresent(declared::add);
    AnnotationValues.find(entity, Jpa.SECONDARY_TABLES, context.elements)
        .ifPresent(list -> declared.addAll(list.annotations("value")));
    return declared;
  }

  /** Creates the entity's secondary tables with their keys, before its attributes place columns in them. */
  void create(EntityBuilder entity) {
    EntityShape shape = entity.shape;
    EntityKey key = context.key(shape);
    for (AnnotationValues secondary : declared(shape.entity())) {
      String where = "@SecondaryTable on " + shape.simpleName();
      if (!context.checks.notBlank(shape.entity(), secondary.mirror(), secondary.written("name"), "@SecondaryTable",
          shape.simpleName())) {
        continue;
      }
      int errorsBefore = context.reporter.errors();
      // Hibernate puts a secondary table in the default schema unless it names one.
      String schema = Optional.of(secondary.string("schema")).filter(name -> !name.isBlank())
          .map(context.naming::storedSchema).orElse(context.defaultSchema);
      if (!schema.equals(shape.schema())) {
        context.reporter.error(shape.entity(), secondary.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "A secondary table in schema " + schema + ", apart from its entity's " + shape.schema() + " (" + where + ")",
            "give it @SecondaryTable(schema = \"" + shape.schema() + "\")");
      }
      List<JoinColumnAnnotation> pkJoinColumns = secondary.annotations("pkJoinColumns").stream()
          .map(JoinColumnAnnotation::new).toList();
      if (!pkJoinColumns.isEmpty() && (!key.simple() || pkJoinColumns.size() > 1)) {
        context.reporter.error(shape.entity(), secondary.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "pkJoinColumns for a composite key (" + where + ")", "leave them out: the key keeps its column names");
      }
      TableBuilder table = new TableBuilder(shape.schema(), context.naming.table(secondary.string("name")));
      List<PhysicalName> columns = new ArrayList<>();
      for (EntityKey.KeyColumn keyColumn : key.columns()) {
        String logical = pkJoinColumns.stream().map(JoinColumnAnnotation::name).filter(name -> !name.isBlank())
            .findFirst().orElse(keyColumn.logical());
        PhysicalName physical = context.naming.column(logical);
        table.add(TableBuilder.column(physical, keyColumn.type()).notNull(), keyColumn.type(), logical);
        table.primaryKeyColumn(physical.stored());
        columns.add(physical);
      }
      table.foreignKey(Optional.of(new ForeignKeyAnnotation(secondary.annotation("foreignKey"))), columns,
          shape, key.names(), ForeignKey.Action.NO_ACTION);
      if (entity.secondaryTables.putIfAbsent(table.storedName(), table) != null) {
        context.reporter.error(shape.entity(), secondary.mirror(), Diagnostic.DUPLICATE_TABLE, shape.qualifiedName(),
            shape.qualifiedName(), schema, table.storedName());
      }
      // A refused table stays known, so its columns are not reported again; the entity is abandoned.
      if (context.reporter.errors() == errorsBefore) {
        entity.collectionTables.add(table);
      }
    }
  }

  /** The unique constraints and indexes of the secondary tables, once their columns are mapped. */
  void tableLevel(EntityBuilder entity) {
    for (AnnotationValues secondary : declared(entity.shape.entity())) {
      TableBuilder table = entity.secondaryTables.get(context.naming.table(secondary.string("name")).stored());
      if (table == null) {
        continue;
      }
      secondary.annotations("uniqueConstraints").stream().map(UniqueConstraintAnnotation::new)
          .forEach(unique -> tableAnnotations.uniqueConstraint(entity.shape.entity(), table, unique));
      secondary.annotations("indexes").stream().map(IndexAnnotation::new)
          .forEach(index -> tableAnnotations.index(entity.shape.entity(), table, index));
    }
  }

  /**
   * The table a column mapped with {@code table = tableName} goes to: the entity's own table when
   * the name is blank or names it, else the secondary table of that name; empty after reporting a
   * table the entity does not declare, which Hibernate refuses.
   */
  Optional<TableBuilder> tableFor(EntityBuilder entity, String tableName, Element attribute, AnnotationMirror mirror,
      String where) {
    if (tableName.isBlank()) {
      return Optional.of(entity.table);
    }
    String stored = context.naming.table(tableName).stored();
    if (stored.equals(entity.table.storedName())) {
      return Optional.of(entity.table);
    }
    Optional<TableBuilder> secondary = Optional.ofNullable(entity.secondaryTables.get(stored));
    if (secondary.isEmpty()) {
      context.reporter.error(attribute, mirror, Diagnostic.UNKNOWN_TABLE, where, tableName,
          entity.shape.simpleName(), tableName);
    }
    return secondary;
  }
}
