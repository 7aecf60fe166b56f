package dev.tidemark.cli;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.StatusReport;
import dev.tidemark.runtime.TidemarkException;
import java.util.List;

/**
 * The revision ids of a catalog in order, to turn a verb's target into the {@code from:to} range
 * its dry run prints. Positions count revisions: 0 is {@code base}, {@code size()} the head.
 */
record RevisionIds(List<String> ids) {

  static final String BASE = "base";
  static final String HEAD = "head";

  static RevisionIds of(MigrationCatalog catalog) {
    return new RevisionIds(catalog.migrations().stream().map(migration -> migration.revision().id())
        .toList());
  }

  /** How many of this build's revisions the database has: those before the first pending one. */
  int applied(StatusReport status) {
    return ids.size() - status.pending().size();
  }

  /** The position of {@code target}: {@code base}, {@code head} or a revision id of this build. */
  int position(String target) {
    if (BASE.equals(target)) {
      return 0;
    }
    if (HEAD.equals(target)) {
      return ids.size();
    }
    int index = ids.indexOf(target);
    if (index < 0) {
      throw TidemarkException.of(ErrorCode.UNKNOWN_REVISION, "this build has no revision " + target
          + "; use a revision id, base or head (revisions: " + ids + ")");
    }
    return index + 1;
  }

  /** A revision id as reports give it, where {@code null} means no revision is applied. */
  static String orBase(String revision) {
    return revision == null ? BASE : revision;
  }

  String nameAt(int position) {
    return position == 0 ? BASE : ids.get(position - 1);
  }

  List<String> between(int from, int to) {
    return ids.subList(from, to);
  }
}
