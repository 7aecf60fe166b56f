package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.SafetyPolicy;
import java.time.Duration;
import java.util.Map;

/**
 * A migrator's settings, validated by its builder before anything touches the database.
 *
 * @param schema the managed schema
 * @param historySchema the schema holding the history table, usually the managed one
 * @param historyTable the history table's name
 * @param devMode whether drafts may be applied
 * @param allowAhead whether a database with revisions this build does not know is accepted (rolling deploys)
 * @param lockWait how long to wait for another session's migration lock, or {@code null} for as long as it lives
 * @param lockTimeout each revision's {@code lock_timeout}, or {@code null} for the server's
 * @param statementTimeout each revision's {@code statement_timeout}, or {@code null} for the server's
 * @param safetyPolicy how strictly revisions are judged before they run, and whether safe forms run
 * @param referencedSchemas the names other schemas are migrated under, by their ledger names, for foreign keys
 *     into them
 */
public record Settings(String schema, String historySchema, String historyTable, boolean devMode, boolean allowAhead,
    Duration lockWait, Duration lockTimeout, Duration statementTimeout, SafetyPolicy safetyPolicy,
    Map<String, String> referencedSchemas) {}
