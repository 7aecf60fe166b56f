package dev.tidemark.runtime;

import java.util.List;
import java.util.Set;

/**
 * The revisions of one schema, in order. The annotation processor generates one catalog per
 * schema and registers it for {@link java.util.ServiceLoader}, so nothing scans the classpath.
 */
public interface MigrationCatalog {

  /** The schema the ledger describes; a {@link Migrator} may apply it under another name. */
  String schema();

  /** The revisions from the first to the head. */
  List<Migration> migrations();

  /**
   * The other schemas, as their ledgers name them, whose tables this schema's foreign keys
   * reference: they are migrated first. None by default.
   */
  default Set<String> referencedSchemas() {
    return Set.of();
  }
}
