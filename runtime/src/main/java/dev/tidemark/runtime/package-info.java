/**
 * Tidemark's public API: what generated migrations implement and what services call.
 *
 * <p>Start with {@link dev.tidemark.runtime.Tidemark#migrate(javax.sql.DataSource)}, or
 * {@link dev.tidemark.runtime.Migrator#builder(javax.sql.DataSource)} for settings. The
 * sub-packages {@code schema} and {@code operation} are public too (generated code uses them);
 * {@code diff}, {@code sql}, {@code json} and {@code internal} are shared with the annotation
 * processor and carry no compatibility promise.
 */
package dev.tidemark.runtime;
