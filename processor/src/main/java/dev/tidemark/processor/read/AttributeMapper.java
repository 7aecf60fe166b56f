package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Sends each attribute to the mapper of its kind, and reads embeddables in place. */
final class AttributeMapper {

  private final ReadContext context;
  private final BasicColumnMapper basics;
  private final AssociationMapper associations;
  private final CollectionTableMapper collections;

  AttributeMapper(ReadContext context, BasicColumnMapper basics, AssociationMapper associations,
      CollectionTableMapper collections) {
    this.context = context;
    this.basics = basics;
    this.associations = associations;
    this.collections = collections;
  }

  void map(EntityBuilder entity, Element field, AttributeScope scope) {
    String where = scope.whereOf(field);
    if (context.inverseSide(field)) {
      // The other side owns the association and its columns: this side adds nothing to the schema.
      return;
    }
    if (AnnotationValues.present(field, Jpa.ONE_TO_MANY) && AnnotationValues.present(field, Jpa.JOIN_COLUMN)) {
      // Its join column belongs to the target's table: the association mapper's contributions place it there.
      return;
    }
    if (AnnotationValues.present(field, Jpa.ONE_TO_MANY) || AnnotationValues.present(field, Jpa.MANY_TO_MANY)) {
      collections.joinTable(entity, field, where, AnnotationValues.present(field, Jpa.ONE_TO_MANY));
      return;
    }
    if (AnnotationValues.present(field, Jpa.ELEMENT_COLLECTION)) {
      collections.collectionTable(entity, field, where, this);
      return;
    }
    if (AnnotationValues.present(field, Jpa.MANY_TO_ONE) || AnnotationValues.present(field, Jpa.ONE_TO_ONE)) {
      if (scope.inKey()) {
        context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "An association in a key (" + where + ")",
            "map the key column as a basic attribute and the association beside it with @MapsId later");
        return;
      }
      if (AnnotationValues.present(field, Jpa.MAPS_ID)) {
        // Said here, before its join column would be reported as a second mapping of the key column.
        context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "@MapsId (" + where + ")",
            "keep the key attribute and map the association on the same column with"
                + " @JoinColumn(insertable = false, updatable = false)");
        return;
      }
      associations.map(entity, field, where);
    } else if (context.embeddable(context.typeIn(entity.declaringEntity, field)).isPresent()) {
      embedded(entity, field, scope);
    } else {
      basics.map(entity, field, scope);
    }
  }

  /**
   * An {@code @Embedded} attribute (or one whose type is {@code @Embeddable}): its attributes
   * become columns of this table, named by their own mapping (JPA's default naming uses the leaf
   * name) unless an {@code @AttributeOverride} replaces their {@code @Column}.
   */
  private void embedded(EntityBuilder entity, Element field, AttributeScope scope) {
    TypeElement embeddable = context.embeddable(context.typeIn(entity.declaringEntity, field)).orElseThrow();
    AttributeScope inside = scope.inside(field, context.attributeOverrides(field));
    AttributeAccess.Kind access = context.access.embeddedAccess(field, scope.access());
    for (Element member : context.access.attributes(embeddable, access, embeddable)) {
      map(entity, member, inside);
    }
  }
}
