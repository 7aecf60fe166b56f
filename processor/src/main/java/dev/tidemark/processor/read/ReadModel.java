package dev.tidemark.processor.read;

import dev.tidemark.runtime.schema.Schema;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The schema models the entities of one compilation describe, by schema name, and the entity each
 * table came from, so later stages can report on the element that caused a change.
 */
public record ReadModel(Map<String, Schema> schemas, Map<String, Map<String, TypeElement>> origins) {

  /** The entity class that maps {@code table} in {@code schema}, if any entity does. */
  public Optional<TypeElement> origin(String schema, String table) {
    return Optional.ofNullable(origins.getOrDefault(schema, Map.of()).get(table));
  }
}
