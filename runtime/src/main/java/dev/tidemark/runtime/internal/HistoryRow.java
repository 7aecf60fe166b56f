package dev.tidemark.runtime.internal;

/**
 * One row of {@code tidemark_history}: a revision applied to the database.
 *
 * @param draft whether a draft was applied (dev mode), which is reverted when it changes
 * @param downgradeUnfinished whether a downgrade of it stopped part way, leaving it half reverted
 */
public record HistoryRow(String revision, String parent, String checksum, boolean draft,
    boolean downgradeUnfinished) {}
