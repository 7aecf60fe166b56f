package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.PostgresNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Collections with a table of their own: the join table of an owning {@code @ManyToMany} or of a
 * {@code @OneToMany} without {@code @JoinColumn}, and the collection table of an
 * {@code @ElementCollection} of basic values.
 */
final class CollectionTableMapper {

  private final ReadContext context;
  private final BasicColumnMapper basics;
  private final TableAnnotationMapper tableAnnotations;
  private final AssociationMapper associations;

  CollectionTableMapper(ReadContext context, BasicColumnMapper basics, TableAnnotationMapper tableAnnotations,
      AssociationMapper associations) {
    this.context = context;
    this.basics = basics;
    this.tableAnnotations = tableAnnotations;
    this.associations = associations;
  }

  /**
   * A join table ({@code @JoinTable} or {@code <owner table>_<target table>}) with a column for each
   * side's key and a foreign key to each. A {@code Set} makes both columns its primary key, an
   * {@code @OrderColumn} the owner and the position; a {@code @OneToMany} lists each target once,
   * by its primary key when it is a set, else by a unique key.
   */
  void joinTable(EntityBuilder entity, VariableElement field, String where, boolean oneToMany) {
    EntityShape shape = entity.shape;
    TypeMirror elementType = ReadContext.elementType(field);
    Optional<EntityShape> target = context.shapeOf(elementType).map(context::tableOwner);
    if (target.isEmpty() && context.refused(elementType)) {
      return;
    }
    String association = oneToMany ? "@OneToMany" : "@ManyToMany";
    if (target.isEmpty() || !context.key(target.get()).simple() || target.get().tableless()
        || !context.key(shape).simple()) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "This " + association + " (" + where + ")",
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
            .map(other -> other.string("mappedBy").equals(field.getSimpleName().toString()))
            .orElse(false))
        .map(inverse -> inverse.getSimpleName().toString())
        .findFirst()
        .orElse(context.entityName(entity.declaringEntity));
    PhysicalName ownerColumn = context.naming.column(firstJoinColumnName(
        joinTable.map(JoinTableAnnotation::joinColumns), context.implicitJoinColumnName(ownerPrefix, ownerKey)));
    PhysicalName targetColumn = context.naming.column(firstJoinColumnName(
        joinTable.map(JoinTableAnnotation::inverseJoinColumns),
        context.implicitJoinColumnName(field.getSimpleName().toString(), targetKey)));
    TableBuilder builder = new TableBuilder(tableSchema(joinTable), table);
    builder.add(TableBuilder.column(ownerColumn, ownerKey.type()).notNull(), ownerKey.type(), ownerColumn.text());
    builder.add(TableBuilder.column(targetColumn, targetKey.type()).notNull(), targetKey.type(), targetColumn.text());
    builder.foreignKey(joinTable.map(JoinTableAnnotation::foreignKey), List.of(ownerColumn), shape,
        List.of(ownerKey.name()), associations.onDelete(field));
    builder.foreignKey(joinTable.flatMap(JoinTableAnnotation::inverseForeignKey), List.of(targetColumn),
        target.get(), List.of(targetKey.name()), ForeignKey.Action.NO_ACTION);
    Optional<AnnotationValues> order = AnnotationValues.find(field, Jpa.ORDER_COLUMN, context.elements);
    if (order.isPresent()) {
      builder.primaryKeyColumn(ownerColumn.stored());
      builder.primaryKeyColumn(orderColumn(builder, field, order.get()));
    } else if (ReadContext.isSet(field.asType()) && oneToMany) {
      // Each target belongs to one owner: the target's key alone keys the set.
      builder.primaryKeyColumn(targetColumn.stored());
    } else if (ReadContext.isSet(field.asType())) {
      builder.primaryKeyColumn(ownerColumn.stored());
      builder.primaryKeyColumn(targetColumn.stored());
    }
    if (oneToMany && !(ReadContext.isSet(field.asType()) && order.isEmpty())) {
      builder.unique(List.of(targetColumn.stored()));
    }
    joinTable.ifPresent(declared -> tableLevel(entity, builder, declared));
    entity.collectionTables.add(builder);
  }

  /**
   * An {@code @ElementCollection} of basic values or embeddables: a collection table
   * ({@code @CollectionTable} or {@code <entity name>_<attribute>}) holding the owner's key and the
   * value's columns; a {@code Set} makes owner and value unique, or its primary key when the value
   * cannot be null.
   */
  void collectionTable(EntityBuilder entity, VariableElement field, String where, AttributeMapper attributes) {
    EntityShape shape = entity.shape;
    TypeMirror element = ReadContext.elementType(field);
    if (!context.key(shape).simple() || context.shapeOf(element).isPresent()) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "This @ElementCollection (" + where + ")",
          "Tidemark reads collections of basic values and embeddables owned by an entity with a single @Id");
      return;
    }
    Optional<TypeElement> embeddable = context.embeddable(element);
    Optional<JoinTableAnnotation> collection = JoinTableAnnotation.collectionTableOn(field, context.elements);
    String entityName = context.entityName(entity.declaringEntity);
    PhysicalName table = context.naming.table(collection.flatMap(JoinTableAnnotation::name)
        .orElse(entityName + "_" + field.getSimpleName()));
    EntityKey.KeyColumn ownerKey = context.key(shape).single();
    PhysicalName ownerColumn = context.naming.column(firstJoinColumnName(
        collection.map(JoinTableAnnotation::joinColumns), context.implicitJoinColumnName(entityName, ownerKey)));
    Optional<ColumnAnnotation> valueColumn = ColumnAnnotation.on(field, context.elements);
    if (valueColumn.isPresent() && !context.checks.column(field, valueColumn.get(), where)) {
      return;
    }
    PhysicalName value = context.naming.column(valueColumn.map(ColumnAnnotation::name).filter(name -> !name.isBlank())
        .orElse(field.getSimpleName().toString()));
    TableBuilder builder = new TableBuilder(tableSchema(collection), table);
    String owner = ownerColumn.stored();
    builder.add(TableBuilder.column(ownerColumn, ownerKey.type()).notNull(), ownerKey.type(), ownerColumn.text());
    boolean valueRequired = valueColumn.map(column -> !column.nullable()).orElse(false);
    // The value's columns by attribute name: Hibernate orders an embeddable's attributes by name.
    Map<String, String> valueColumns = new TreeMap<>();
    if (embeddable.isPresent()) {
      // The embeddable's attributes are the value columns, named by its mapping or the collection's overrides.
      EntityBuilder values = new EntityBuilder(shape, builder, context.reporter);
      values.declaringEntity = entity.declaringEntity;
      AttributeScope scope = new AttributeScope(where, context.attributeOverrides(field), false, true);
      int errorsBefore = context.reporter.errors();
      for (VariableElement member : ElementFilter.fieldsIn(embeddable.get().getEnclosedElements())) {
        if (ReadContext.persistent(member)) {
          attributes.map(values, member, scope);
          valueColumns.put(member.getSimpleName().toString(), values.columnOf(member));
        }
      }
      if (context.reporter.errors() > errorsBefore) {
        return;
      }
      valueRequired = valueColumns.values().stream().allMatch(builder.requiredColumns()::contains);
    } else {
      Optional<ColumnType> valueType = basics.valueType(field, element, valueColumn, builder, value.stored(), where);
      if (valueType.isEmpty()) {
        return;
      }
      builder.add(valueRequired ? TableBuilder.column(value, valueType.get()).notNull()
          : TableBuilder.column(value, valueType.get()), valueType.get(), value.text());
    }
    Optional<AnnotationValues> order = AnnotationValues.find(field, Jpa.ORDER_COLUMN, context.elements);
    Optional<AnnotationValues> mapKey = AnnotationValues.find(field, Jpa.MAP_KEY_COLUMN, context.elements);
    if (order.isPresent()) {
      builder.primaryKeyColumn(owner);
      builder.primaryKeyColumn(orderColumn(builder, field, order.get()));
    } else if (mapKey.isPresent()) {
      TypeMirror keyType = ((DeclaredType) field.asType()).getTypeArguments().get(0);
      PhysicalName key = context.naming.column(mapKey.get().string("name").isBlank()
          ? field.getSimpleName() + "_KEY" : mapKey.get().string("name"));
      ColumnTypes.Sizes keySizes = ColumnTypes.Sizes.ofLength(mapKey.get().integer("length"),
          mapKey.get().integer("precision"), mapKey.get().integer("scale"));
      Optional<ColumnType> keySqlType = ReadContext.enumConstants(keyType)
          .map(constants -> basics.enumType(mapKeyAsString(field), builder, key.stored(), constants, keySizes))
          .or(() -> ColumnTypes.of(keyType, keySizes, null, false));
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
    } else if (ReadContext.isSet(field.asType())) {
      // A set keys its rows by owner and value when no value column can be null, else keeps them unique.
      List<String> ownerAndValue = new ArrayList<>(List.of(owner));
      ownerAndValue.addAll(embeddable.isPresent() ? valueColumns.values() : List.of(value.stored()));
      if (valueRequired) {
        ownerAndValue.forEach(builder::primaryKeyColumn);
      } else {
        builder.unique(ownerAndValue);
      }
    }
    builder.foreignKey(collection.map(JoinTableAnnotation::foreignKey), List.of(ownerColumn), shape,
        List.of(ownerKey.name()), associations.onDelete(field));
    collection.ifPresent(declared -> tableLevel(entity, builder, declared));
    entity.collectionTables.add(builder);
  }

  /**
   * The schema of a join or collection table: the one its annotation names, else the default
   * schema, whatever the owner's (Hibernate's {@code CollectionBinder} leaves it unset otherwise).
   */
  private String tableSchema(Optional<JoinTableAnnotation> declared) {
    return declared.flatMap(JoinTableAnnotation::schema).map(context.naming::storedSchema).orElse(context.defaultSchema);
  }

  /** Whether a map's enum key is stored by name ({@code @MapKeyEnumerated(STRING)}); else by ordinal. */
  private boolean mapKeyAsString(VariableElement field) {
    return AnnotationValues.find(field, Jpa.MAP_KEY_ENUMERATED, context.elements)
        .map(enumerated -> enumerated.enumConstant("value").equals("STRING"))
        .orElse(false);
  }

  /** The unique constraints and indexes a {@code @JoinTable} or {@code @CollectionTable} declares. */
  private void tableLevel(EntityBuilder entity, TableBuilder builder, JoinTableAnnotation declared) {
    declared.uniqueConstraints().forEach(unique -> tableAnnotations.uniqueConstraint(entity.shape.entity(), builder, unique));
    declared.indexes().forEach(index -> tableAnnotations.index(entity.shape.entity(), builder, index));
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
