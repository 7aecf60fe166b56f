package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * The first stage: each entity's shape (its table, schema, attributes, identifier and place in an
 * inheritance hierarchy), read before any attribute is mapped.
 */
final class ShapeReader {

  private final ReadContext context;
  /**
   * The types some entity of {@link #superclassesFoundIn} extends, found once per round: asking every
   * entity's chain for each entity made a model of a thousand entities a million chain walks.
   */
  private Set<TypeElement> entitySuperclasses;
  private Collection<TypeElement> superclassesFoundIn;

  ShapeReader(ReadContext context) {
    this.context = context;
  }

  /** The shape of {@code entity}, or empty after reporting why it cannot have one. */
  Optional<EntityShape> shape(TypeElement entity, Collection<TypeElement> allEntities) {
    int errorsBefore = context.reporter.errors();
    Optional<TableAnnotation> table = TableAnnotation.on(entity, context.elements);
    String schema = table.flatMap(TableAnnotation::schema)
        .map(context.naming::storedSchema)
        .orElse(context.defaultSchema);
    table.filter(annotation -> !annotation.catalog().isBlank()).ifPresent(annotation -> context.reporter.warning(
        entity, annotation.mirror(), Diagnostic.CATALOG_IGNORED, "Table", annotation.catalog(), entity.getSimpleName()));

    List<TypeElement> chain = context.mappedChain(entity);
    TypeElement root = chain.stream().filter(type -> AnnotationValues.present(type, Jpa.ENTITY)).findFirst().orElseThrow();
    Optional<TypeElement> parent = context.entityParent(entity);
    String strategy = AnnotationValues.find(root, Jpa.INHERITANCE, context.elements)
        .map(inheritance -> inheritance.enumConstant("strategy"))
        .orElse("SINGLE_TABLE");
    boolean inHierarchy = parent.isPresent() || hasEntitySubclass(entity, allEntities);
    boolean singleTable = inHierarchy && strategy.equals("SINGLE_TABLE");
    boolean joined = inHierarchy && strategy.equals("JOINED");
    // JOINED: a table holds only what its class adds; TABLE_PER_CLASS: every table holds everything inherited.
    List<TypeElement> mapped = joined && parent.isPresent()
        ? chain.subList(chain.indexOf(parent.get()) + 1, chain.size())
        : chain;
    AttributeAccess.Kind access = context.access.hierarchyDefault(entity);
    List<Element> fields = mapped.stream()
        .flatMap(type -> context.access.attributes(type, access, entity).stream())
        .toList();
    List<Element> ids = chain.stream()
        .flatMap(type -> context.access.attributes(type, access, entity).stream())
        .filter(attribute -> AnnotationValues.present(attribute, Jpa.ID)
            || AnnotationValues.present(attribute, Jpa.EMBEDDED_ID))
        .toList();
    if (ids.isEmpty()) {
      context.reporter.error(entity, Diagnostic.NO_ID, entity.getSimpleName());
      return Optional.empty();
    }
    if (ids.size() > 1 && !AnnotationValues.present(root, Jpa.ID_CLASS)) {
      context.reporter.error(entity, Diagnostic.COMPOSITE_ID, entity.getSimpleName(), ids.size());
      return Optional.empty();
    }
    if (joined && parent.isPresent() && ids.size() > 1) {
      context.reporter.error(entity, Diagnostic.UNSUPPORTED_MAPPING, "JOINED inheritance with a composite key",
          "give " + root.getSimpleName() + " a single @Id");
      return Optional.empty();
    }
    if (context.reporter.errors() > errorsBefore) {
      return Optional.empty();
    }
    Optional<DerivedKey> derived = derivedKey(entity, chain, ids, access);
    if (derived.isEmpty()) {
      return Optional.empty();
    }
    if (table.isPresent() && !context.checks.notBlank(entity, table.get().mirror(), table.get().writtenName(), "@Table",
        entity.getSimpleName().toString())) {
      return Optional.empty();
    }
    PhysicalName physicalTable = context.naming.table(context.mappedTableName(entity));
    if (!physicalTable.quoted() && PostgresKeywords.RESERVED.contains(physicalTable.stored())) {
      context.reporter.warning(entity, Diagnostic.RESERVED_TABLE, physicalTable.stored(), entity.getSimpleName(),
          physicalTable.stored());
    }
    PhysicalName rootTable = context.naming.table(context.mappedTableName(root));
    boolean tableless = inHierarchy && strategy.equals("TABLE_PER_CLASS") && entity.getModifiers().contains(Modifier.ABSTRACT);
    if (singleTable && parent.isPresent() && (AnnotationValues.present(entity, Jpa.SECONDARY_TABLE)
        || AnnotationValues.present(entity, Jpa.SECONDARY_TABLES))) {
      context.reporter.error(entity, Diagnostic.UNSUPPORTED_MAPPING,
          "A secondary table of SINGLE_TABLE subclass " + entity.getSimpleName(),
          "declare it on " + root.getSimpleName() + ", the root that owns the table");
      return Optional.empty();
    }
    if (singleTable && parent.isPresent()) {
      // A SINGLE_TABLE subclass lives in its root's table: the root reads its columns.
      return Optional.of(new EntityShape(entity, rootTable, schema, List.of(), ids, null, false, rootTable, root,
          List.of(), List.of(), derived.get().associations(), derived.get().replaced()));
    }
    List<TypeElement> subclasses = allEntities.stream()
        .filter(other -> !other.equals(entity) && context.mappedChain(other).contains(entity))
        .sorted(Comparator.comparing(other -> other.getQualifiedName().toString()))
        .toList();
    boolean joinedRoot = joined && parent.isEmpty();
    return Optional.of(new EntityShape(entity, physicalTable, schema, fields, ids,
        joined ? parent.orElse(null) : null, tableless, rootTable, null, singleTable ? subclasses : List.of(),
        joinedRoot ? subclasses : List.of(), derived.get().associations(), derived.get().replaced()));
  }

  /** The associations whose join columns are key columns, and the key attributes they map instead. */
  private record DerivedKey(List<Element> associations, Set<Element> replaced) {}

  /**
   * Derived identity: an {@code @Id} association, and a {@code @MapsId} one, whose join columns
   * replace the {@code @Id} (or, with a name, that attribute of the {@code @EmbeddedId}). Empty after
   * reporting a {@code @MapsId} that names no key attribute.
   */
  private Optional<DerivedKey> derivedKey(TypeElement entity, List<TypeElement> chain, List<Element> ids,
      AttributeAccess.Kind access) {
    List<Element> associations = new ArrayList<>();
    Set<Element> replaced = new HashSet<>();
    Optional<TypeElement> keyClass = ids.size() == 1
        ? context.embeddable(context.typeIn(entity, ids.get(0))) : Optional.empty();
    List<Element> persistent = chain.stream()
        .flatMap(type -> context.access.attributes(type, access, entity).stream())
        .filter(field -> AnnotationValues.present(field, Jpa.MANY_TO_ONE) || AnnotationValues.present(field, Jpa.ONE_TO_ONE))
        .toList();
    for (Element association : persistent) {
      Optional<AnnotationValues> mapsId = AnnotationValues.find(association, Jpa.MAPS_ID, context.elements);
      if (AnnotationValues.present(association, Jpa.ID)) {
        associations.add(association);
        continue;
      }
      if (mapsId.isEmpty()) {
        continue;
      }
      String where = entity.getSimpleName() + "." + AttributeAccess.name(association);
      String attribute = mapsId.get().string("value");
      if (attribute.isBlank() && ids.size() > 1) {
        context.reporter.error(association, mapsId.get().mirror(), Diagnostic.BAD_VALUE, "@MapsId", where,
            "it maps the whole key, and " + entity.getSimpleName() + " has an @IdClass; mark the association @Id"
                + " instead");
        return Optional.empty();
      }
      Optional<Element> mapped = attribute.isBlank() ? Optional.of(ids.get(0))
          : keyClass.flatMap(type -> context.access.attributes(type,
              context.access.embeddedAccess(ids.get(0), context.access.entityAccess(entity)), type).stream()
              .filter(member -> AttributeAccess.name(member).equals(attribute)).findFirst());
      if (mapped.isEmpty()) {
        context.reporter.error(association, mapsId.get().mirror(), mapsId.get().written("value").orElseThrow(),
            Diagnostic.BAD_VALUE, "@MapsId(\"" + attribute + "\")", where, keyClass
                .map(type -> "the key class " + type.getSimpleName() + " has no attribute " + attribute)
                .orElse(entity.getSimpleName() + " has no @EmbeddedId; leave the name out to map its @Id"));
        return Optional.empty();
      }
      associations.add(association);
      replaced.add(mapped.get());
    }
    return Optional.of(new DerivedKey(List.copyOf(associations), Set.copyOf(replaced)));
  }

  private boolean hasEntitySubclass(TypeElement entity, Collection<TypeElement> entities) {
    if (entities != superclassesFoundIn) {
      superclassesFoundIn = entities;
      entitySuperclasses = new HashSet<>();
      for (TypeElement other : entities) {
        List<TypeElement> chain = context.mappedChain(other);
        entitySuperclasses.addAll(chain.subList(0, chain.size() - 1));
      }
    }
    return entitySuperclasses.contains(entity);
  }
}
