package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * The second stage: each entity's key columns, resolved once, so that every reference to the
 * entity takes the same names and types without reading the key again.
 */
final class KeyResolver {

  private final ReadContext context;
  private final AttributeMapper attributes;

  KeyResolver(ReadContext context, AttributeMapper attributes) {
    this.context = context;
    this.attributes = attributes;
  }

  /**
   * The key of {@code shape}; {@code parentKey} is the resolved key of its parent entity, if it has
   * one. Empty after an error on the identifier.
   */
  Optional<EntityKey> resolve(EntityShape shape, Optional<EntityKey> parentKey) {
    if (shape.singleTableRoot() != null) {
      // A SINGLE_TABLE subclass's rows are its root's: so is its key.
      return parentKey;
    }
    if (shape.joinedParent() != null) {
      if (!parentKey.orElseThrow().simple()) {
        // An @EmbeddedId or a derived key: the root's key has several columns, which ShapeReader could not count.
        context.reporter.error(shape.entity(), Diagnostic.UNSUPPORTED_MAPPING, "JOINED inheritance with a composite key",
            "give the root of " + shape.simpleName() + " a single @Id");
        return Optional.empty();
      }
      // A JOINED subclass's key is its @PrimaryKeyJoinColumn, else named like its parent's, typed like the root's.
      EntityKey.KeyColumn parent = parentKey.get().single();
      String logical = AnnotationValues.find(shape.entity(), Jpa.PRIMARY_KEY_JOIN_COLUMN, context.elements)
          .map(join -> join.string("name")).filter(name -> !name.isBlank())
          .orElse(parent.logical());
      return Optional.of(new EntityKey(List.of(
          new EntityKey.KeyColumn(logical, context.naming.column(logical), parent.type(), parent.attribute()))));
    }
    // The identifier read on its own, as the entity's table will read it.
    int errorsBefore = context.reporter.errors();
    EntityBuilder scratch = new EntityBuilder(shape, context.reporter);
    Map<String, ColumnAnnotation> overrides = context.attributeOverrides(shape.entity());
    AttributeAccess.Kind access = context.access.entityAccess(shape.entity());
    for (Element id : shape.ids()) {
      attributes.map(scratch, id, AttributeScope.ofEntity(shape.simpleName(), overrides, true, access));
    }
    for (Element association : shape.keyAssociations()) {
      if (!shape.ids().contains(association)) {
        // A @MapsId association: its join columns take the place of the key attributes it names.
        attributes.map(scratch, association, AttributeScope.ofEntity(shape.simpleName(), overrides, false, access));
      }
    }
    if (context.reporter.errors() > errorsBefore) {
      return Optional.empty();
    }
    TableBuilder table = scratch.table;
    List<EntityKey.KeyColumn> columns = new ArrayList<>();
    for (String name : table.primaryKeyColumns()) {
      columns.add(new EntityKey.KeyColumn(table.logicalName(name), context.naming.column(table.logicalName(name)),
          table.typeOf(name), scratch.attributeOf(name)));
    }
    return Optional.of(new EntityKey(columns));
  }
}
