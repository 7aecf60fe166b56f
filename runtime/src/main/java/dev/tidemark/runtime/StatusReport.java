package dev.tidemark.runtime;

import java.util.List;

/**
 * Where a schema stands against this build.
 *
 * @param schema the managed schema
 * @param current the last revision applied to the database, or {@code null} for none
 * @param head the last revision of this build, or {@code null} when it has none
 * @param pending the revisions of this build the database does not have, in order
 * @param drafts the draft revisions this build carries
 * @param staleDrafts applied drafts this build no longer carries as applied (dev mode reverts them)
 * @param ahead revisions the database has that this build does not know, in order
 * @param divergence why the history does not follow this build (a revision whose checksum differs,
 *     another branch's revision), with both sides and the way out; {@code null} when it follows it.
 *     A diverged history has nothing pending: an upgrade refuses it until it is resolved.
 */
public record StatusReport(String schema, String current, String head, List<String> pending, List<String> drafts,
    List<String> staleDrafts, List<String> ahead, String divergence) {

  public StatusReport {
    pending = List.copyOf(pending);
    drafts = List.copyOf(drafts);
    staleDrafts = List.copyOf(staleDrafts);
    ahead = List.copyOf(ahead);
  }

  /** Whether the database has revisions this build does not know (a newer build migrated it). */
  public boolean aheadOfCode() {
    return !ahead.isEmpty();
  }

  public boolean upToDate() {
    return pending.isEmpty() && staleDrafts.isEmpty() && !diverged();
  }

  /** Whether the history differs from this build's revisions, so upgrade refuses it. */
  public boolean diverged() {
    return divergence != null;
  }

  /** A few lines for a console. */
  public String summary() {
    return "schema " + schema + "\n"
        + "  current: " + (current == null ? "base (no revision applied)" : current) + "\n"
        + "  head:    " + (head == null ? "base (this build has no revision)" : head) + "\n"
        + "  pending: " + (pending.isEmpty() ? "none" : String.join(", ", pending)) + "\n"
        + (drafts.isEmpty() ? "" : "  drafts:  " + String.join(", ", drafts) + " (dev mode only)\n")
        + (staleDrafts.isEmpty() ? "" : "  stale drafts: " + String.join(", ", staleDrafts) + "\n")
        + (ahead.isEmpty() ? "" : "  ahead of this build: " + String.join(", ", ahead) + "\n")
        + (divergence == null ? "" : "  diverged: " + divergence.replace("\n", "\n    ") + "\n");
  }
}
