package dev.tidemark.processor.read;

/**
 * A table or sequence together with the schema it belongs to, which need not be its entity's.
 *
 * @param schema the schema, as stored
 * @param object the table or sequence
 */
record InSchema<T>(String schema, T object) {}
