package dev.tidemark.runtime.internal;

/** One row of {@code tidemark_history}: a revision applied to the database. */
public record HistoryRow(String revision, String parent, String checksum) {}
