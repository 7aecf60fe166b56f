package dev.tidemark.runtime;

import java.util.List;
import java.util.Set;

/**
 * The revisions of one schema, in order. The annotation processor generates one catalog per
 * schema and registers it for {@link java.util.ServiceLoader}, so nothing scans the classpath.
 *
 * <p>A generated catalog holds every revision's identity as data ({@link #revisions()}), so a boot
 * with nothing pending compares ids and checksums without loading a single migration class; it
 * instantiates a migration ({@link #migration(int)}) only when its operations are needed. A
 * hand-written catalog may implement {@link #migrations()} alone.
 */
public interface MigrationCatalog {

  /** The schema the ledger describes; a {@link Migrator} may apply it under another name. */
  String schema();

  /** The revisions from the first to the head, each instantiated. */
  List<Migration> migrations();

  /** The identity of each revision, first to last: what {@code migrations().get(i).revision()} returns. */
  default List<Revision> revisions() {
    return migrations().stream().map(Migration::revision).toList();
  }

  /** The revision at {@code position} (from 0) of {@link #revisions()}, instantiated. */
  default Migration migration(int position) {
    return migrations().get(position);
  }

  /**
   * The other schemas, as their ledgers name them, whose tables this schema's foreign keys
   * reference: they are migrated first. None by default.
   */
  default Set<String> referencedSchemas() {
    return Set.of();
  }
}
