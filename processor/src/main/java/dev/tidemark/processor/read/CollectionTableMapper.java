package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.PostgresNames;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Collections with a table of their own: the join table of an owning {@code @ManyToMany} and the
 * collection table of an {@code @ElementCollection} of basic values.
 */
final class CollectionTableMapper {

  private final ReadContext context;
  private final BasicColumnMapper basics;

  CollectionTableMapper(ReadContext context, BasicColumnMapper basics) {
    this.context = context;
    this.basics = basics;
  }

  /**
   * An owning {@code @ManyToMany}: a join table ({@code @JoinTable} or
   * {@code <owner table>_<target table>}) with a column for each side's key and a foreign key to
   * each; a {@code Set} makes both columns its primary key.
   */
  void joinTable(EntityBuilder entity, VariableElement field, String where) {
    EntityShape shape = entity.shape;
    TypeMirror elementType = ReadContext.elementType(field);
    Optional<EntityShape> target = context.shapeOf(elementType).map(context::tableOwner);
    if (target.isEmpty() && context.refused(elementType)) {
      return;
    }
    if (target.isEmpty() || !context.key(target.get()).simple() || target.get().tableless()
        || !context.key(shape).simple()) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "This @ManyToMany (" + where + ")",
          "both sides must be entities of this compilation with a single @Id");
      return;
    }
    Optional<JoinTableAnnotation> joinTable = JoinTableAnnotation.joinTableOn(field, context.elements);
    PhysicalName table = context.naming.table(joinTable.flatMap(JoinTableAnnotation::name)
        .orElse(shape.table().text() + "_" + target.get().table().text()));
    EntityKey.KeyColumn ownerKey = context.key(shape).single();
    EntityKey.KeyColumn targetKey = context.key(target.get()).single();
    // JPA names the owner's column after the inverse attribute when the association is bidirectional.
    String ownerPrefix = target.get().fields().stream()
        .filter(inverse -> AnnotationValues.find(inverse, Jpa.MANY_TO_MANY, context.elements)
            .map(association -> association.string("mappedBy").equals(field.getSimpleName().toString()))
            .orElse(false))
        .map(inverse -> inverse.getSimpleName().toString())
        .findFirst()
        .orElse(context.entityName(entity.declaringEntity));
    PhysicalName ownerColumn = context.naming.column(firstJoinColumnName(
        joinTable.map(JoinTableAnnotation::joinColumns), ownerPrefix + "_" + ownerKey.logical()));
    PhysicalName targetColumn = context.naming.column(firstJoinColumnName(
        joinTable.map(JoinTableAnnotation::inverseJoinColumns), field.getSimpleName() + "_" + targetKey.logical()));
    TableBuilder builder = new TableBuilder(table, shape.schema());
    builder.add(TableBuilder.column(ownerColumn, ownerKey.type()).notNull(), ownerKey.type(), ownerColumn.text());
    builder.add(TableBuilder.column(targetColumn, targetKey.type()).notNull(), targetKey.type(), targetColumn.text());
    builder.foreignKey(ForeignKey.foreignKey(Naming.foreignKeyName(table, shape.table(), List.of(ownerColumn)),
            ownerColumn.stored())
        .references(shape.tableName(), ownerKey.name()));
    builder.foreignKey(ForeignKey.foreignKey(Naming.foreignKeyName(table, target.get().table(), List.of(targetColumn)),
            targetColumn.stored())
        .references(target.get().tableName(), targetKey.name()));
    Optional<AnnotationValues> order = AnnotationValues.find(field, Jpa.ORDER_COLUMN, context.elements);
    if (order.isPresent()) {
      builder.primaryKeyColumn(ownerColumn.stored());
      builder.primaryKeyColumn(orderColumn(builder, field, order.get()));
    } else if (ReadContext.isSet(field.asType())) {
      builder.primaryKeyColumn(ownerColumn.stored());
      builder.primaryKeyColumn(targetColumn.stored());
    }
    entity.collectionTables.add(builder);
  }

  /**
   * An {@code @ElementCollection} of basic values: a collection table ({@code @CollectionTable} or
   * {@code <entity name>_<attribute>}) holding the owner's key and the value; a {@code Set} makes
   * the pair unique.
   */
  void collectionTable(EntityBuilder entity, VariableElement field, String where) {
    EntityShape shape = entity.shape;
    TypeMirror element = ReadContext.elementType(field);
    if (!context.key(shape).simple() || context.embeddable(element).isPresent()
        || context.shapeOf(element).isPresent()) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "This @ElementCollection (" + where + ")",
          "Tidemark reads collections of basic values owned by an entity with a single @Id");
      return;
    }
    Optional<JoinTableAnnotation> collection = JoinTableAnnotation.collectionTableOn(field, context.elements);
    String entityName = context.entityName(entity.declaringEntity);
    PhysicalName table = context.naming.table(collection.flatMap(JoinTableAnnotation::name)
        .orElse(entityName + "_" + field.getSimpleName()));
    EntityKey.KeyColumn ownerKey = context.key(shape).single();
    PhysicalName ownerColumn = context.naming.column(firstJoinColumnName(
        collection.map(JoinTableAnnotation::joinColumns), entityName + "_" + ownerKey.logical()));
    Optional<ColumnAnnotation> valueColumn = ColumnAnnotation.on(field, context.elements);
    if (valueColumn.isPresent() && !context.checks.column(field, valueColumn.get(), where)) {
      return;
    }
    PhysicalName value = context.naming.column(valueColumn.map(ColumnAnnotation::name).filter(name -> !name.isBlank())
        .orElse(field.getSimpleName().toString()));
    ColumnTypes.Sizes sizes = valueColumn.map(ColumnAnnotation::sizes).orElse(ColumnTypes.Sizes.DEFAULT);
    TableBuilder builder = new TableBuilder(table, shape.schema());
    Optional<ColumnType> valueType = ReadContext.enumConstants(element)
        .map(constants -> basics.enumType(field, builder, value.stored(), constants, sizes))
        .or(() -> ColumnTypes.of(element, sizes, null, false));
    if (valueType.isEmpty()) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_TYPE, where, element);
      return;
    }
    String owner = ownerColumn.stored();
    builder.add(TableBuilder.column(ownerColumn, ownerKey.type()).notNull(), ownerKey.type(), ownerColumn.text());
    builder.add(TableBuilder.column(value, valueType.get()), valueType.get(), value.text());
    Optional<AnnotationValues> order = AnnotationValues.find(field, Jpa.ORDER_COLUMN, context.elements);
    Optional<AnnotationValues> mapKey = AnnotationValues.find(field, Jpa.MAP_KEY_COLUMN, context.elements);
    if (order.isPresent()) {
      builder.primaryKeyColumn(owner);
      builder.primaryKeyColumn(orderColumn(builder, field, order.get()));
    } else if (mapKey.isPresent()) {
      TypeMirror keyType = ((DeclaredType) field.asType()).getTypeArguments().get(0);
      PhysicalName key = context.naming.column(mapKey.get().string("name").isBlank()
          ? field.getSimpleName() + "_KEY" : mapKey.get().string("name"));
      Optional<ColumnType> keySqlType = ColumnTypes.of(keyType, new ColumnTypes.Sizes(mapKey.get().integer("length"),
          mapKey.get().integer("precision"), mapKey.get().integer("scale")), null, false);
      if (keySqlType.isEmpty()) {
        context.reporter.error(field, mapKey.get().mirror(), Diagnostic.UNSUPPORTED_TYPE, where + " (map key)", keyType);
        return;
      }
      builder.add(TableBuilder.column(key, keySqlType.get()).notNull(), keySqlType.get(), key.text());
      builder.primaryKeyColumn(owner);
      builder.primaryKeyColumn(key.stored());
    } else if (ReadContext.isMap(field.asType())) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "A map without @MapKeyColumn (" + where + ")",
          "name its key column with @MapKeyColumn");
      return;
    }
    if (ReadContext.isSet(field.asType())) {
      builder.unique(List.of(owner, value.stored()));
    }
    builder.foreignKey(ForeignKey.foreignKey(Naming.foreignKeyName(table, shape.table(), List.of(ownerColumn)), owner)
        .references(shape.tableName(), ownerKey.name()));
    entity.collectionTables.add(builder);
  }

  /** A list's {@code @OrderColumn}: {@code <attribute>_ORDER} unless named, not null and never negative. */
  private String orderColumn(TableBuilder builder, VariableElement field, AnnotationValues order) {
    PhysicalName position = context.naming.column(order.string("name").isBlank()
        ? field.getSimpleName() + "_ORDER" : order.string("name"));
    ColumnType integer = ColumnType.of(ColumnType.Kind.INTEGER);
    builder.add(TableBuilder.column(position, integer).notNull(), integer, position.text());
    builder.columnCheck(position.stored(), PostgresNames.quote(position.stored()) + " >= 0");
    return position.stored();
  }

  /** The name of the first of {@code joinColumns}, if it is given, or {@code orElse}. */
  private static String firstJoinColumnName(Optional<List<JoinColumnAnnotation>> joinColumns, String orElse) {
    return joinColumns.filter(columns -> !columns.isEmpty())
        .map(columns -> columns.get(0).name()).filter(name -> !name.isBlank())
        .orElse(orElse);
  }
}
