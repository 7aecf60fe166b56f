package dev.tidemark.processor.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.VariableElement;

/**
 * Where an attribute is read: the path for messages, the {@code @AttributeOverride} columns that
 * apply below it (keyed by attribute path, relative to this scope), whether it is part of the key,
 * and whether it is inside an embeddable (whose primitives may be null: the embeddable may be absent).
 */
record AttributeScope(String where, Map<String, ColumnAnnotation> overrides, boolean inKey, boolean embedded) {

  static AttributeScope of(String where, boolean inKey) {
    return new AttributeScope(where, Map.of(), inKey, false);
  }

  /** The scope of an entity's own attributes, with the {@code @AttributeOverride}s the entity declares. */
  static AttributeScope ofEntity(String where, Map<String, ColumnAnnotation> overrides, boolean inKey) {
    return new AttributeScope(where, overrides, inKey, false);
  }

  Optional<ColumnAnnotation> override(VariableElement field) {
    return Optional.ofNullable(overrides.get(field.getSimpleName().toString()));
  }

  /** The message path of {@code field} in this scope: {@code Trade.price}. */
  String whereOf(VariableElement field) {
    return where + "." + field.getSimpleName();
  }

  /** The scope inside the embedded attribute {@code field}, with its own overrides added to those that reach it. */
  AttributeScope inside(VariableElement field, Map<String, ColumnAnnotation> own) {
    String prefix = field.getSimpleName() + ".";
    Map<String, ColumnAnnotation> below = new HashMap<>(own);
    overrides.forEach((path, column) -> {
      if (path.startsWith(prefix)) {
        below.put(path.substring(prefix.length()), column);
      }
    });
    return new AttributeScope(whereOf(field), below, inKey, true);
  }
}
