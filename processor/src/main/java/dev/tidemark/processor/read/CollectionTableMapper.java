package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.PostgresNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

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
  void joinTable(EntityBuilder entity, Element field, String where, boolean oneToMany) {
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
            .map(other -> other.string("mappedBy").equals(AttributeAccess.name(field)))
            .orElse(false))
        .map(inverse -> AttributeAccess.name(inverse))
        .findFirst()
        .orElse(context.entityName(entity.declaringEntity));
    PhysicalName ownerColumn = context.naming.column(firstJoinColumnName(
        joinTable.map(JoinTableAnnotation::joinColumns), context.implicitJoinColumnName(ownerPrefix, ownerKey)));
    PhysicalName targetColumn = context.naming.column(firstJoinColumnName(
        joinTable.map(JoinTableAnnotation::inverseJoinColumns),
        context.implicitJoinColumnName(AttributeAccess.name(field), targetKey)));
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
    } else if (ReadContext.isMap(AttributeAccess.type(field))) {
      // A map keyed by a target's attribute (@MapKey) keys its rows by owner and target, else by owner and key column.
      Optional<String> key = AnnotationValues.present(field, Jpa.MAP_KEY) ? Optional.of(targetColumn.stored())
          : mapKeyColumn(builder, field, where);
      if (key.isEmpty()) {
        return;
      }
      builder.primaryKeyColumn(ownerColumn.stored());
      builder.primaryKeyColumn(key.get());
    } else if (ReadContext.isSet(AttributeAccess.type(field)) && oneToMany) {
      // Each target belongs to one owner: the target's key alone keys the set.
      builder.primaryKeyColumn(targetColumn.stored());
    } else if (ReadContext.isSet(AttributeAccess.type(field))) {
      builder.primaryKeyColumn(ownerColumn.stored());
      builder.primaryKeyColumn(targetColumn.stored());
    }
    if (oneToMany && !(ReadContext.isSet(AttributeAccess.type(field)) && order.isEmpty())) {
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
  void collectionTable(EntityBuilder entity, Element field, String where, AttributeMapper attributes) {
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
        .orElse(entityName + "_" + AttributeAccess.name(field)));
    EntityKey.KeyColumn ownerKey = context.key(shape).single();
    PhysicalName ownerColumn = context.naming.column(firstJoinColumnName(
        collection.map(JoinTableAnnotation::joinColumns), context.implicitJoinColumnName(entityName, ownerKey)));
    Optional<ColumnAnnotation> valueColumn = ColumnAnnotation.on(field, context.elements);
    if (valueColumn.isPresent() && !context.checks.column(field, valueColumn.get(), where)) {
      return;
    }
    PhysicalName value = context.naming.column(valueColumn.map(ColumnAnnotation::name).filter(name -> !name.isBlank())
        .orElse(AttributeAccess.name(field)));
    TableBuilder builder = new TableBuilder(tableSchema(collection), table);
    // Hibernate merges a collection table named like an entity's table into it: a set adds no key there.
    boolean shared = context.entityTable(builder.schema(), table.stored());
    String owner = ownerColumn.stored();
    builder.add(TableBuilder.column(ownerColumn, ownerKey.type()).notNull(), ownerKey.type(), ownerColumn.text());
    boolean valueRequired = valueColumn.map(column -> !column.nullable()).orElse(false);
    // The value's columns by attribute name: Hibernate orders an embeddable's attributes by name.
    Map<String, String> valueColumns = new TreeMap<>();
    if (embeddable.isPresent()) {
      // The embeddable's attributes are the value columns, named by its mapping or the collection's overrides.
      EntityBuilder values = new EntityBuilder(shape, builder, context.reporter);
      values.declaringEntity = entity.declaringEntity;
      // Hibernate gives the embeddable the access of the owner's identifier unless the collection says otherwise.
      AttributeAccess.Kind access = context.access.embeddedAccess(field,
          shape.ids().get(0).getKind() == ElementKind.METHOD ? AttributeAccess.Kind.PROPERTY : AttributeAccess.Kind.FIELD);
      AttributeScope scope = new AttributeScope(where, context.attributeOverrides(field), false, true, access);
      int errorsBefore = context.reporter.errors();
      for (Element member : context.access.attributes(embeddable.get(), access, embeddable.get())) {
        attributes.map(values, member, scope);
        valueColumns.put(AttributeAccess.name(member), values.columnOf(member));
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
    if (order.isPresent()) {
      builder.primaryKeyColumn(owner);
      builder.primaryKeyColumn(orderColumn(builder, field, order.get()));
    } else if (ReadContext.isMap(AttributeAccess.type(field))) {
      Optional<String> key = mapKeyColumn(builder, field, where);
      if (key.isEmpty()) {
        return;
      }
      builder.primaryKeyColumn(owner);
      builder.primaryKeyColumn(key.get());
    } else if (ReadContext.isSet(AttributeAccess.type(field)) && !shared) {
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
    (shared ? entity.sharedTables : entity.collectionTables).add(builder);
  }

  /**
   * A map's key column, not null: {@code @MapKeyColumn}, else {@code <attribute>_KEY} with the
   * default sizes; an enum key is checked like an enum attribute. Empty after reporting a key type
   * Tidemark cannot map.
   */
  private Optional<String> mapKeyColumn(TableBuilder builder, Element field, String where) {
    Optional<AnnotationValues> mapKey = AnnotationValues.find(field, Jpa.MAP_KEY_COLUMN, context.elements);
    TypeMirror keyType = ((DeclaredType) AttributeAccess.type(field)).getTypeArguments().get(0);
    PhysicalName key = context.naming.column(mapKey.map(column -> column.string("name")).filter(name -> !name.isBlank())
        .orElse(AttributeAccess.name(field) + "_KEY"));
    ColumnTypes.Sizes keySizes = mapKey.map(column -> ColumnTypes.Sizes.ofLength(column.integer("length"),
        column.integer("precision"), column.integer("scale"))).orElse(ColumnTypes.Sizes.DEFAULT);
    boolean enumKey = ReadContext.enumConstants(keyType).isPresent();
    Optional<ColumnType> keySqlType = enumKey
        ? basics.enumColumn(field, keyType, mapKeyAsString(field), builder, key.stored(), keySizes, where + " (map key)")
        : ColumnTypes.of(keyType, keySizes, null, false);
    if (enumKey && keySqlType.isEmpty()) {
      // enumColumn reported why.
      return Optional.empty();
    }
    if (keySqlType.isEmpty()) {
      mapKey.ifPresentOrElse(
          column -> context.reporter.error(field, column.mirror(), Diagnostic.UNSUPPORTED_TYPE, where + " (map key)", keyType),
          () -> context.reporter.error(field, Diagnostic.UNSUPPORTED_TYPE, where + " (map key)", keyType));
      return Optional.empty();
    }
    builder.add(TableBuilder.column(key, keySqlType.get()).notNull(), keySqlType.get(), key.text());
    return Optional.of(key.stored());
  }

  /**
   * The schema of a join or collection table: the one its annotation names, else the default
   * schema, whatever the owner's (Hibernate's {@code CollectionBinder} leaves it unset otherwise).
   */
  private String tableSchema(Optional<JoinTableAnnotation> declared) {
    return declared.flatMap(JoinTableAnnotation::schema).map(context.naming::storedSchema).orElse(context.defaultSchema);
  }

  /** Whether a map's enum key is stored by name ({@code @MapKeyEnumerated(STRING)}); else by ordinal. */
  private boolean mapKeyAsString(Element field) {
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
  private String orderColumn(TableBuilder builder, Element field, AnnotationValues order) {
    PhysicalName position = context.naming.column(order.string("name").isBlank()
        ? AttributeAccess.name(field) + "_ORDER" : order.string("name"));
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
