/**
 * The schema model: immutable records for what PostgreSQL stores in one schema.
 *
 * <p>Every name is held exactly as PostgreSQL stores it (unquoted names already folded to lower
 * case), and every type by the canonical name {@code format_type()} prints, so two models compare
 * with {@code equals} and a model compares directly with a live catalog. Generated migrations build
 * these records through the static factories ({@code column}, {@code primaryKey}, {@code check}).
 */
package dev.tidemark.runtime.schema;
