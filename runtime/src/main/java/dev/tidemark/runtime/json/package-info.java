/**
 * The canonical JSON form of schema models and operations, used by the ledger files.
 *
 * <p>Canonical means: object keys sorted, two-space indentation, {@code \n} line ends, one final
 * newline. The same model always gives the same bytes, so ledger diffs in review show only real
 * changes. Reading is strict: an unknown or missing field fails with its path.
 */
package dev.tidemark.runtime.json;
