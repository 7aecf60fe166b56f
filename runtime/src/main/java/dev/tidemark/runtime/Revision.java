package dev.tidemark.runtime;

import java.util.Objects;

/**
 * The identity of one revision in a schema's chain.
 *
 * @param id the revision id, {@code 0004_add_desk_risk_limit}; drafts are {@code 0004_draft}
 * @param parent the id of the revision this one follows, or {@code null} for the first
 * @param description what the revision does, in words
 * @param checksum the SHA-256 of the revision's operations, as the ledger records it
 * @param draft whether the revision is still a draft, applied only in dev mode
 */
public record Revision(String id, String parent, String description, String checksum, boolean draft) {

  public Revision {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
  }

  public static Revision frozen(String id, String parent, String description, String checksum) {
    return new Revision(id, parent, description, checksum, false);
  }

  public static Revision draft(String id, String parent, String description, String checksum) {
    return new Revision(id, parent, description, checksum, true);
  }
}
