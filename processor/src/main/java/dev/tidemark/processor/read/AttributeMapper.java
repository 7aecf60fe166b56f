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
    if (scope.inKey() && entity.shape.derivedKeyAttributes().contains(field)) {
      // A @MapsId association's join columns map this part of the key.
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
      if (scope.inKey() && scope.embedded()) {
        context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "An association inside a key class (" + where + ")",
            "map the key column as a basic attribute of the key class and the association on the entity with"
                + " @MapsId(\"" + AttributeAccess.name(field) + "\")");
        return;
      }
      associations.map(entity, field, where, entity.shape.keyAssociations().contains(field));
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
