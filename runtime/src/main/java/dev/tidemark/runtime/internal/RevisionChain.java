package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A catalog's revisions, checked to form one chain: each follows the one before, drafts only at the end. */
public record RevisionChain(String schema, List<Migration> migrations) {

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
}
