package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Schema;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A catalog's revisions, checked to form one chain: each follows the one before, drafts only at the end.
 * The chain is checked and compared with the history on the revisions' identities alone; a migration
 * class is loaded only when an element of {@link #migrations()} is read, so a boot with nothing
 * pending loads none.
 */
public final class RevisionChain {

  /** The target before the first revision: an empty schema. */
  public static final String BASE = "base";

  /** The target at the last revision. */
  public static final String HEAD = "head";

  private final String schema;
  private final List<Revision> revisions;
  private final List<Migration> migrations;

  public RevisionChain(String schema, MigrationCatalog catalog) {
    this.schema = schema;
    this.revisions = List.copyOf(catalog.revisions());
    this.migrations = new LoadedOnRead(catalog);
    String expectedParent = null;
    for (int i = 0; i < revisions.size(); i++) {
      Revision revision = revisions.get(i);
      if (!Objects.equals(revision.parent(), expectedParent)) {
        throw TidemarkException.of(ErrorCode.BROKEN_CHAIN, "revision " + revision.id() + " of schema " + schema
            + " follows " + revision.parent() + ", but the revision before it is " + expectedParent
            + "; rebuild the module that carries the migrations");
      }
      if (!revision.draft() && i > 0 && revisions.get(i - 1).draft()) {
        throw TidemarkException.of(ErrorCode.BROKEN_CHAIN, "frozen revision " + revision.id() + " of schema " + schema
            + " follows a draft; drafts come after every frozen revision");
      }
      expectedParent = revision.id();
    }
  }

  public String schema() {
    return schema;
  }

  /** Each revision's identity, first to last, without loading a migration class. */
  public List<Revision> revisions() {
    return revisions;
  }

  /** The migrations, first to last; each element read instantiates its class. */
  public List<Migration> migrations() {
    return migrations;
  }

  /** The first draft, if the chain carries any. */
  public Optional<Revision> draft() {
    return revisions.stream().filter(Revision::draft).findFirst();
  }

  /** The id of the last revision, or {@code null} when there are none. */
  public String head() {
    return revisions.isEmpty() ? null : revisions.get(revisions.size() - 1).id();
  }

  /**
   * How many revisions a database at {@code target} has applied: 0 for {@code base}, all of them
   * for {@code head}, else the position of the revision id plus one.
   */
  public int countUpTo(String target) {
    if (BASE.equals(target)) {
      return 0;
    }
    if (HEAD.equals(target)) {
      return revisions.size();
    }
    for (int i = 0; i < revisions.size(); i++) {
      if (revisions.get(i).id().equals(target)) {
        return i + 1;
      }
    }
    throw TidemarkException.of(ErrorCode.UNKNOWN_REVISION, "schema " + schema + " has no revision " + target
        + " in this build; use a revision id, base or head (revisions: "
        + revisions.stream().map(Revision::id).toList() + ")");
  }

  /** The schema the first {@code count} revisions build, from their upgrade operations. */
  public Schema schemaAfter(int count) {
    Schema schema = Schema.empty(this.schema);
    for (Migration migration : migrations.subList(0, count)) {
      schema = Operation.applyAll(schema, Operations.upgradeOf(migration));
    }
    return schema;
  }

  /** The migration of revision {@code id}, if this build carries it. */
  public Optional<Migration> migration(String id) {
    for (int i = 0; i < revisions.size(); i++) {
      if (revisions.get(i).id().equals(id)) {
        return Optional.of(migrations.get(i));
      }
    }
    return Optional.empty();
  }

  /** The catalog's migrations, each instantiated when read and checked against the identity the catalog listed. */
  private final class LoadedOnRead extends AbstractList<Migration> {

    private final MigrationCatalog catalog;

    LoadedOnRead(MigrationCatalog catalog) {
      this.catalog = catalog;
    }

    @Override
    public Migration get(int position) {
      Objects.checkIndex(position, revisions.size());
      Migration migration = catalog.migration(position);
      if (!migration.revision().equals(revisions.get(position))) {
        throw TidemarkException.of(ErrorCode.BROKEN_CHAIN, "the catalog of schema " + schema + " lists revision "
            + revisions.get(position) + " at position " + (position + 1) + ", but its class has "
            + migration.revision() + "; rebuild the module that carries the migrations");
      }
      return migration;
    }

    @Override
    public int size() {
      return revisions.size();
    }
  }
}
