package dev.tidemark.cli;

/** The names a verb's target may take besides a revision id. */
final class RevisionIds {

  static final String BASE = "base";
  static final String HEAD = "head";

  private RevisionIds() {}

  /** A revision id as reports give it, where {@code null} means no revision is applied. */
  static String orBase(String revision) {
    return revision == null ? BASE : revision;
  }
}
