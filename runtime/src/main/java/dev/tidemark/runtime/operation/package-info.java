/**
 * Schema operations: the steps of a revision, as data.
 *
 * <p>An operation names objects relative to the managed schema, so one revision can be applied to
 * any schema name. {@link dev.tidemark.runtime.operation.Operation#applyTo} evolves a schema model
 * the way PostgreSQL evolves the catalog, which is how the ledger replays its history.
 */
package dev.tidemark.runtime.operation;
