package dev.tidemark.processor.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Where an attribute is read: the path for messages, the {@code @AttributeOverride} columns that
 * apply below it (keyed by attribute path, relative to this scope), whether it is part of the key,
 * whether it is inside an embeddable (whose primitives may be null: the embeddable may be absent),
 * and the access an embeddable below takes unless it or its attribute says otherwise (Hibernate
 * gives nested embeddables the entity's access too).
 */
record AttributeScope(String where, Map<String, ColumnAnnotation> overrides, boolean inKey, boolean embedded,
    AttributeAccess.Kind access) {

  static AttributeScope of(String where, boolean inKey, AttributeAccess.Kind access) {
    return new AttributeScope(where, Map.of(), inKey, false, access);
  }

  /** The scope of an entity's own attributes, with the {@code @AttributeOverride}s the entity declares. */
  static AttributeScope ofEntity(String where, Map<String, ColumnAnnotation> overrides, boolean inKey,
      AttributeAccess.Kind access) {
    return new AttributeScope(where, overrides, inKey, false, access);
  }

  Optional<ColumnAnnotation> override(Element attribute) {
    return Optional.ofNullable(overrides.get(AttributeAccess.name(attribute)));
  }

  /** The message path of {@code attribute} in this scope: {@code Trade.price}. */
  String whereOf(Element attribute) {
    return where + "." + AttributeAccess.name(attribute);
  }

  /** The scope inside the embedded {@code attribute}, with its own overrides added to those that reach it. */
  AttributeScope inside(Element attribute, Map<String, ColumnAnnotation> own) {
    String prefix = AttributeAccess.name(attribute) + ".";
    Map<String, ColumnAnnotation> below = new HashMap<>(own);
    overrides.forEach((path, column) -> {
      if (path.startsWith(prefix)) {
        below.put(path.substring(prefix.length()), column);
      }
    });
    return new AttributeScope(whereOf(attribute), below, inKey, true, access);
  }
}
