package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Schema;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A catalog's revisions, checked to form one chain: each follows the one before, drafts only at the end. */
public record RevisionChain(String schema, List<Migration> migrations) {

  /** The target before the first revision: an empty schema. */
  public static final String BASE = "base";

  /** The target at the last revision. */
  public static final String HEAD = "head";

  public RevisionChain {
    migrations = List.copyOf(migrations);
    String expectedParent = null;
    for (int i = 0; i < migrations.size(); i++) {
      Revision revision = migrations.get(i).revision();
      if (!Objects.equals(revision.parent(), expectedParent)) {
        throw TidemarkException.of(ErrorCode.BROKEN_CHAIN, "revision " + revision.id() + " of schema " + schema
            + " follows " + revision.parent() + ", but the revision before it is " + expectedParent
            + "; rebuild the module that carries the migrations");
      }
      if (!revision.draft() && i > 0 && migrations.get(i - 1).revision().draft()) {
        throw TidemarkException.of(ErrorCode.BROKEN_CHAIN, "frozen revision " + revision.id() + " of schema " + schema
            + " follows a draft; drafts come after every frozen revision");
      }
      expectedParent = revision.id();
    }
  }

  /** The first draft, if the chain carries any. */
  public Optional<Revision> draft() {
    return migrations.stream().map(Migration::revision).filter(Revision::draft).findFirst();
  }

  /** The id of the last revision, or {@code null} when there are none. */
  public String head() {
    return migrations.isEmpty() ? null : migrations.get(migrations.size() - 1).revision().id();
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
      return migrations.size();
    }
    for (int i = 0; i < migrations.size(); i++) {
      if (migrations.get(i).revision().id().equals(target)) {
        return i + 1;
      }
    }
    throw TidemarkException.of(ErrorCode.UNKNOWN_REVISION, "schema " + schema + " has no revision " + target
        + " in this build; use a revision id, base or head (revisions: "
        + migrations.stream().map(migration -> migration.revision().id()).toList() + ")");
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
    return migrations.stream().filter(migration -> migration.revision().id().equals(id)).findFirst();
  }
}
