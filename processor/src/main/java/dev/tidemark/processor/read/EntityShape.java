package dev.tidemark.processor.read;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * An entity's table and identifier attributes, known before any attribute is read.
 *
 * @param entity the entity class
 * @param table its table's physical name
 * @param schema the schema of its table, as stored
 * @param fields the attributes that map to this entity's own table
 * @param ids the {@code @Id} attributes, or the one {@code @EmbeddedId} (inherited from the root)
 * @param joinedParent the entity whose table this one's key references (JOINED inheritance), or null
 * @param tableless whether it has no table of its own (an abstract TABLE_PER_CLASS entity)
 * @param rootTable the table of the hierarchy's root entity, which names its default sequence
 * @param singleTableRoot the root whose table this SINGLE_TABLE subclass lives in, or null
 * @param singleTableMembers for a SINGLE_TABLE root, its entity subclasses, whose columns it holds
 * @param joinedMembers for a JOINED root, its entity subclasses, which a discriminator tells apart
 * @param keyAssociations the associations whose join columns are key columns: {@code @Id} and {@code @MapsId} ones
 * @param derivedKeyAttributes the key attributes a {@code @MapsId} association maps instead: the {@code @Id}, the
 *     {@code @EmbeddedId}, or one attribute of the {@code @EmbeddedId}'s class
 */
record EntityShape(TypeElement entity, PhysicalName table, String schema, List<Element> fields,
    List<Element> ids, TypeElement joinedParent, boolean tableless, PhysicalName rootTable,
    TypeElement singleTableRoot, List<TypeElement> singleTableMembers, List<TypeElement> joinedMembers,
    List<Element> keyAssociations, Set<Element> derivedKeyAttributes) {

  String tableName() {
    return table.stored();
  }

  String simpleName() {
    return entity.getSimpleName().toString();
  }

  String qualifiedName() {
    return entity.getQualifiedName().toString();
  }

  boolean embeddedId() {
    return ids.size() == 1 && AnnotationValues.present(ids.get(0), Jpa.EMBEDDED_ID);
  }

  /** The single-column identifier, if the key is not composite. */
  Optional<Element> simpleId() {
    return ids.size() == 1 && !embeddedId() ? Optional.of(ids.get(0)) : Optional.empty();
  }
}
