package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.PostgresNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Associations that put join columns in a table: an owning {@code @ManyToOne} or {@code @OneToOne}
 * in its own entity's table, a unidirectional {@code @OneToMany @JoinColumn} in its target's table.
 * Every join column takes the type of the key it references, resolved once per entity.
 */
final class AssociationMapper {

  private final ReadContext context;
  private final BasicColumnMapper basics;
  private final SecondaryTableMapper secondaryTables;

  AssociationMapper(ReadContext context, BasicColumnMapper basics, SecondaryTableMapper secondaryTables) {
    this.context = context;
    this.basics = basics;
    this.secondaryTables = secondaryTables;
  }

  /**
   * The columns another entity's {@code @OneToMany} puts in this entity's table: the join column of
   * a unidirectional one, and the position column of an ordered list, mapped by this side or not.
   *
   * @param field the collection attribute, where messages go
   * @param owner the entity that owns the collection, whose key the join column references
   * @param join the join column, absent when this entity's own association maps the collection ({@code mappedBy})
   * @param order the attribute's {@code @OrderColumn}
   */
  record Contribution(Element field, EntityShape owner, Optional<JoinColumn> join,
      Optional<AnnotationValues> order) {}

  /** A unidirectional {@code @OneToMany}'s join column, referencing {@code ownerKey}. */
  record JoinColumn(PhysicalName physical, ColumnType type, String ownerKey, JoinColumnAnnotation annotation) {}

  /**
   * A {@code @ManyToOne} or owning {@code @OneToOne}: a join column typed like the key it
   * references, Hibernate's hashed foreign key, and for a one-to-one a unique key on the column.
   * The join columns of a {@code key} association (derived identity) are key columns instead.
   */
  void map(EntityBuilder entity, Element field, String where, boolean key) {
    boolean oneToOne = AnnotationValues.present(field, Jpa.ONE_TO_ONE);
    AnnotationValues association = AnnotationValues.find(field, oneToOne ? Jpa.ONE_TO_ONE : Jpa.MANY_TO_ONE,
        context.elements).orElseThrow();
    TypeMirror targetType = context.typeIn(entity.declaringEntity, field);
    Optional<EntityShape> target = context.shapeOf(targetType).map(context::tableOwner);
    if (target.isEmpty()) {
      if (!context.refused(targetType)) {
        context.reporter.error(field, association.mirror(), Diagnostic.UNKNOWN_TARGET, where, targetType);
      }
      return;
    }
    if (target.get().tableless()) {
      context.reporter.error(field, association.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
          "An association to abstract " + target.get().simpleName() + ", which has no table of its own"
              + " under TABLE_PER_CLASS (" + where + ")", "refer to a concrete entity");
      return;
    }
    EntityKey targetKey = context.key(target.get());
    Optional<JoinColumnAnnotation> join = JoinColumnAnnotation.on(field, context.elements);
    Optional<String> givenReference = join.map(JoinColumnAnnotation::referencedColumnName)
        .filter(name -> !name.isBlank());
    if (givenReference.isEmpty() && (!targetKey.simple() || AnnotationValues.present(field, Jpa.JOIN_COLUMNS))) {
      composite(entity, field, association, target.get(), oneToOne, where, key);
      return;
    }
    EntityKey.KeyColumn referencedKey = targetKey.single();
    String referencedName = givenReference.orElse(referencedKey.logical());
    boolean referencesKey = context.naming.column(referencedName).stored().equals(referencedKey.name());
    ColumnType type;
    String referencedColumn;
    if (referencesKey) {
      type = referencedKey.type();
      referencedColumn = referencedKey.name();
    } else {
      Optional<Element> referenced = target.get().fields().stream()
          .filter(candidate -> context.naming.column(context.logicalColumnName(candidate)).stored()
              .equals(context.naming.column(referencedName).stored()))
          .findFirst();
      if (referenced.isEmpty()) {
        context.reporter.error(field, join.map(JoinColumnAnnotation::mirror).orElse(association.mirror()),
            Diagnostic.UNKNOWN_COLUMN, where, referencedName, target.get().simpleName());
        return;
      }
      Optional<ColumnType> referencedType = basics.type(referenced.get(),
          context.typeIn(target.get().entity(), referenced.get()),
          ColumnAnnotation.on(referenced.get(), context.elements),
          new TableBuilder(target.get().schema(), target.get().table()), "",
          target.get().simpleName() + "." + AttributeAccess.name(referenced.get()));
      if (referencedType.isEmpty()) {
        return;
      }
      type = referencedType.get();
      referencedColumn = context.naming.column(context.logicalColumnName(referenced.get())).stored();
    }
    // An implicit join column is named after the attribute and the key it references, as mapped.
    String logical = join.map(JoinColumnAnnotation::name).filter(name -> !name.isBlank())
        .orElse(context.implicitJoinColumnName(AttributeAccess.name(field), referencedName));
    PhysicalName physical = context.naming.column(logical);
    String name = physical.stored();
    if (join.isPresent() && !context.checks.notBlank(field, join.get().mirror(), join.get().writtenName(),
        "@JoinColumn", where)) {
      return;
    }
    Optional<TableBuilder> placed = join.isEmpty() ? Optional.of(entity.table)
        : secondaryTables.tableFor(entity, join.get().table(), field, join.get().mirror(), where);
    if (placed.isEmpty()) {
      return;
    }
    TableBuilder table = placed.get();
    context.refuseReservedColumn(field, physical, where);
    boolean nullable = !key && association.bool("optional") && join.map(JoinColumnAnnotation::nullable).orElse(true);
    Column column = TableBuilder.column(physical, type);
    entity.add(table, field, nullable ? column : column.notNull(), type, logical, key,
        join.map(JoinColumnAnnotation::readOnly).orElse(false));
    if (key) {
      entity.attributePath(name, keyAttributePath(field, referencedKey));
    } else if (oneToOne) {
      table.unique(List.of(name));
    }
    if (AnnotationValues.present(field, Jpa.NATURAL_ID)) {
      table.naturalIdColumn(AttributeAccess.name(field), name);
    }
    table.foreignKey(join.map(JoinColumnAnnotation::foreignKey), List.of(physical), target.get(),
        List.of(referencedColumn), onDelete(field));
  }

  /**
   * The key attribute path of a key association's join column: Hibernate's key keeps the attribute
   * {@code @MapsId} names, or the {@code @Id} association's, followed by the target's own key attribute.
   */
  private String keyAttributePath(Element field, EntityKey.KeyColumn referenced) {
    String attribute = AnnotationValues.find(field, Jpa.MAPS_ID, context.elements).map(mapsId -> mapsId.string("value"))
        .orElse(AttributeAccess.name(field));
    return attribute.isBlank() ? referenced.attribute() : attribute + "." + referenced.attribute();
  }

  /** The {@code @OnDelete} action of {@code field}'s foreign key. */
  ForeignKey.Action onDelete(Element field) {
    return AnnotationValues.find(field, Jpa.ON_DELETE, context.elements)
        .map(action -> ForeignKey.Action.valueOf(action.enumConstant("action")))
        .orElse(ForeignKey.Action.NO_ACTION);
  }

  /**
   * An association to an entity with a composite key: a join column per key column
   * ({@code <attribute>_<key column>}, or {@code @JoinColumns}), ordered like the key it references,
   * and one foreign key over all of them; a one-to-one makes them unique together, listed in the
   * order of the target's key attributes, as Hibernate lists them.
   */
  private void composite(EntityBuilder entity, Element field, AnnotationValues association,
      EntityShape target, boolean oneToOne, String where, boolean inKey) {
    if (target.joinedParent() != null) {
      context.reporter.error(field, association.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
          "@JoinColumns to " + target.simpleName() + ", a JOINED subclass with one key column (" + where + ")",
          "name its join column with @JoinColumn");
      return;
    }
    EntityKey key = context.key(target);
    List<String> referenced = key.names();
    Map<String, String> joinNames = new HashMap<>();
    Optional<AnnotationValues> joins = AnnotationValues.find(field, Jpa.JOIN_COLUMNS, context.elements);
    for (JoinColumnAnnotation join : joins.map(j -> j.annotations("value")).orElse(List.of()).stream()
        .map(JoinColumnAnnotation::new).toList()) {
      if (!join.table().isBlank()) {
        context.reporter.error(field, joins.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "Join columns of a composite key in a secondary table (" + where + ")",
            "keep them in the entity's table: leave table out");
        return;
      }
      String reference = context.naming.column(join.referencedColumnName()).stored();
      if (join.referencedColumnName().isBlank() || !referenced.contains(reference)) {
        context.reporter.error(field, joins.get().mirror(), Diagnostic.UNKNOWN_COLUMN, where,
            join.referencedColumnName(), target.simpleName() + "'s key");
        return;
      }
      joinNames.put(reference, join.name());
    }
    if (joins.isPresent() && joinNames.size() != referenced.size()) {
      context.reporter.error(field, joins.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
          "@JoinColumns naming " + joinNames.size() + " of the " + referenced.size() + " key columns of "
              + target.simpleName() + " (" + where + ")", "name one join column per key column");
      return;
    }
    boolean naturalId = AnnotationValues.present(field, Jpa.NATURAL_ID);
    if (naturalId && joins.isEmpty()) {
      context.reporter.error(field, association.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
          "@NaturalId on an association to the composite key of " + target.simpleName() + " without @JoinColumns ("
              + where + ")", "name its join columns with @JoinColumns: without them Hibernate puts only one of"
              + " them in the natural id's unique key");
      return;
    }
    boolean nullable = !inKey && association.bool("optional");
    List<PhysicalName> physical = new ArrayList<>();
    Map<String, String> joinColumnOf = new HashMap<>();
    for (EntityKey.KeyColumn keyColumn : key.columns()) {
      String logical = joinNames.getOrDefault(keyColumn.name(),
          context.implicitJoinColumnName(AttributeAccess.name(field), keyColumn));
      PhysicalName column = context.naming.column(logical);
      physical.add(column);
      joinColumnOf.put(keyColumn.name(), column.stored());
      Column typed = TableBuilder.column(column, keyColumn.type());
      entity.add(field, nullable ? typed : typed.notNull(), keyColumn.type(), logical, inKey);
      if (inKey) {
        entity.attributePath(column.stored(), keyAttributePath(field, keyColumn));
      }
    }
    if (naturalId) {
      // Hibernate lists them as @JoinColumns does.
      joins.get().annotations("value").stream().map(JoinColumnAnnotation::new)
          .map(join -> joinColumnOf.get(context.naming.column(join.referencedColumnName()).stored()))
          .forEach(column -> entity.table.naturalIdColumn(AttributeAccess.name(field), column));
    }
    if (oneToOne && !inKey) {
      entity.table.unique(key.byAttribute().stream().map(keyColumn -> joinColumnOf.get(keyColumn.name())).toList());
    }
    entity.table.foreignKey(joins.map(j -> new ForeignKeyAnnotation(j.annotation("foreignKey"))), physical,
        target, referenced, onDelete(field));
  }

  /** The join columns each entity receives from unidirectional {@code @OneToMany @JoinColumn}s, by target class. */
  Map<String, List<Contribution>> contributions(List<EntityShape> owners) {
    Map<String, List<Contribution>> contributions = new HashMap<>();
    for (EntityShape owner : owners) {
      for (Element field : withEmbedded(owner, owner.fields())) {
        Optional<JoinColumnAnnotation> join = JoinColumnAnnotation.on(field, context.elements);
        Optional<AnnotationValues> order = AnnotationValues.find(field, Jpa.ORDER_COLUMN, context.elements);
        if (!AnnotationValues.present(field, Jpa.ONE_TO_MANY)) {
          continue;
        }
        TypeMirror element = ReadContext.elementType(field);
        Optional<EntityShape> target = context.shapeOf(element).map(context::tableOwner);
        if (context.inverseSide(field)) {
          // Hibernate keeps a mapped list's positions in the table of the side that maps it.
          if (order.isPresent() && target.isPresent()) {
            contributions.computeIfAbsent(target.get().qualifiedName(), name -> new ArrayList<>())
                .add(new Contribution(field, owner, Optional.empty(), order));
          }
          continue;
        }
        if (join.isEmpty()) {
          continue;
        }
        EntityKey ownerKey = context.key(owner);
        if (target.isEmpty() || !ownerKey.simple()) {
          if (!context.refused(element)) {
            context.reporter.error(field, join.get().mirror(), Diagnostic.UNKNOWN_TARGET,
                owner.simpleName() + "." + AttributeAccess.name(field), element);
          }
          continue;
        }
        EntityKey.KeyColumn key = ownerKey.single();
        PhysicalName physical = context.naming.column(join.get().name().isBlank()
            ? context.implicitJoinColumnName(AttributeAccess.name(field), key) : join.get().name());
        contributions.computeIfAbsent(target.get().qualifiedName(), name -> new ArrayList<>())
            .add(new Contribution(field, owner, Optional.of(new JoinColumn(physical, key.type(), key.name(), join.get())),
                order));
      }
    }
    return contributions;
  }

  /** {@code fields} and, in their place, the attributes of the embeddables among them, nested ones too. */
  private List<Element> withEmbedded(EntityShape owner, List<Element> fields) {
    List<Element> all = new ArrayList<>();
    for (Element field : fields) {
      Optional<TypeElement> embeddable = owner.ids().contains(field) ? Optional.empty()
          : context.embeddable(context.typeIn(owner.entity(), field));
      if (embeddable.isPresent()) {
        // As the table mapping reads it: the entity's own @Access counts, not only its hierarchy's default.
        AttributeAccess.Kind access = context.access.embeddedAccess(field, context.access.entityAccess(owner.entity()));
        all.addAll(withEmbedded(owner, context.access.attributes(embeddable.get(), access, embeddable.get())));
      } else {
        all.add(field);
      }
    }
    return all;
  }

  /** The columns another entity's {@code @OneToMany} keeps in this table, with the join column's foreign key. */
  void contributed(EntityBuilder entity, Contribution contribution) {
    contribution.join().ifPresent(join -> {
      Column column = TableBuilder.column(join.physical(), join.type());
      entity.add(contribution.field(), join.annotation().nullable() ? column : column.notNull(), join.type(),
          join.physical().text(), false);
      entity.table.foreignKey(Optional.of(join.annotation().foreignKey()), List.of(join.physical()),
          contribution.owner(), List.of(join.ownerKey()), onDelete(contribution.field()));
    });
    contribution.order().ifPresent(order -> {
      PhysicalName position = context.naming.column(order.string("name").isBlank()
          ? AttributeAccess.name(contribution.field()) + "_ORDER" : order.string("name"));
      ColumnType integer = ColumnType.of(ColumnType.Kind.INTEGER);
      entity.add(contribution.field(), TableBuilder.column(position, integer), integer, position.text(), false);
      entity.table.columnCheck(position.stored(), PostgresNames.quote(position.stored()) + " >= 0");
    });
  }
}
