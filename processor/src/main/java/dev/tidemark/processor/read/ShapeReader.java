package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

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
        entity, annotation.mirror(), Diagnostic.CATALOG_IGNORED, annotation.catalog(), entity.getSimpleName()));

    context.refuseUnsupported(entity, entity.getSimpleName().toString());
    AnnotationValues.find(entity, Jpa.ACCESS, context.elements)
        .filter(access -> access.enumConstant("value").equals("PROPERTY"))
        .ifPresent(access -> context.reporter.error(entity, access.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Access(PROPERTY) on " + entity.getSimpleName(), "annotate the fields instead of the getters"));
    List<TypeElement> chain = context.mappedChain(entity);
    refuseAnnotatedGetters(chain);
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
    List<VariableElement> fields = mapped.stream()
        .flatMap(type -> ElementFilter.fieldsIn(type.getEnclosedElements()).stream())
        .filter(ReadContext::persistent)
        .toList();
    List<VariableElement> ids = chain.stream()
        .flatMap(type -> ElementFilter.fieldsIn(type.getEnclosedElements()).stream())
        .filter(ReadContext::persistent)
        .filter(field -> AnnotationValues.present(field, Jpa.ID) || AnnotationValues.present(field, Jpa.EMBEDDED_ID))
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
    if (singleTable && parent.isPresent()) {
      // A SINGLE_TABLE subclass lives in its root's table: the root reads its columns.
      return Optional.of(new EntityShape(entity, rootTable, schema, List.of(), ids, null, false, rootTable, root,
          List.of(), List.of()));
    }
    List<TypeElement> subclasses = allEntities.stream()
        .filter(other -> !other.equals(entity) && context.mappedChain(other).contains(entity))
        .sorted(Comparator.comparing(other -> other.getQualifiedName().toString()))
        .toList();
    boolean joinedRoot = joined && parent.isEmpty();
    return Optional.of(new EntityShape(entity, physicalTable, schema, fields, ids,
        joined ? parent.orElse(null) : null, tableless, rootTable, null, singleTable ? subclasses : List.of(),
        joinedRoot ? subclasses : List.of()));
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

  private void refuseAnnotatedGetters(List<TypeElement> hierarchy) {
    for (TypeElement type : hierarchy) {
      for (Element method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (AnnotationValues.present(method, Jpa.ID) || AnnotationValues.present(method, Jpa.COLUMN)) {
          context.reporter.error(method, Diagnostic.UNSUPPORTED_MAPPING,
              "Property access (mapping annotations on " + type.getSimpleName() + "." + method.getSimpleName() + ")",
              "put @Id and @Column on the fields");
        }
      }
    }
  }
}
