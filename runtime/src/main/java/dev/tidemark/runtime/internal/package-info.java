/** Internal machinery of the {@link dev.tidemark.runtime.Migrator}; no compatibility promise. */
package dev.tidemark.runtime.internal;
