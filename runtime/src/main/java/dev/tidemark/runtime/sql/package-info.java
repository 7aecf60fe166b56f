/**
 * PostgreSQL rendering: the one place that turns operations into SQL. Boot, dry-run output and the
 * ledger's {@code .sql} previews all come from here, so what a reviewer reads is what runs.
 */
package dev.tidemark.runtime.sql;
