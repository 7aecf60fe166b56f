package dev.tidemark.processor.read;

import dev.tidemark.runtime.schema.Schema;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The schema models the entities of one compilation describe, by schema name; the entity each
 * table came from, so later stages can report on the element that caused a change; and what the
 * entities say about renames and drops.
 */
public record ReadModel(Map<String, Schema> schemas, Map<String, Map<String, TypeElement>> origins,
    Map<String, SchemaIntent> intents) {

  /** The renames and acknowledged drops of {@code schema}. */
  public SchemaIntent intent(String schema) {
    return intents.getOrDefault(schema, SchemaIntent.NONE);
  }

  /** The entity class that maps {@code table} in {@code schema}, if any entity does. */
  public Optional<TypeElement> origin(String schema, String table) {
    return Optional.ofNullable(origins.getOrDefault(schema, Map.of()).get(table));
  }
}
