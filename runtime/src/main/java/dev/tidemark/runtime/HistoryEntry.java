package dev.tidemark.runtime;

import java.time.Instant;

/**
 * One applied revision, as {@code tidemark_history} records it.
 *
 * @param installedRank the order in which revisions were applied, from 1
 * @param revision the revision id
 * @param description what the revision does
 * @param checksum the checksum of the revision as applied: what a build's revision of the same id
 *     must match (a mismatch is {@code CHECKSUM_MISMATCH})
 * @param appliedAt when it was applied (or stamped)
 * @param appliedBy the database user that applied it
 * @param executionMillis how long its statements and history row took; 0 when stamped
 * @param draft whether it was a draft, applied in dev mode
 * @param stamped whether it was recorded without running (stamp or adopt)
 */
public record HistoryEntry(int installedRank, String revision, String description, String checksum, Instant appliedAt,
    String appliedBy, long executionMillis, boolean draft, boolean stamped) {}
