package dev.tidemark.runtime;

import java.util.List;

/**
 * What a stamp recorded, without running anything.
 *
 * @param schema the managed schema
 * @param head the revision the history now ends at, or {@code null} at the base
 * @param recorded the revisions recorded as applied, in order
 * @param removed the history rows removed, newest first
 */
public record StampReport(String schema, String head, List<String> recorded, List<String> removed) {

  public StampReport {
    recorded = List.copyOf(recorded);
    removed = List.copyOf(removed);
  }
}
