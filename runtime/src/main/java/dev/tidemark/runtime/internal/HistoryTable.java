package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.schema.PostgresNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The history table of one managed schema, {@code tidemark_history} unless configured otherwise. */
public final class HistoryTable {

  public static final String DEFAULT_NAME = "tidemark_history";

  /** undefined_table and invalid_schema_name: the history does not exist yet. */
  private static final List<String> MISSING = List.of("42P01", "3F000");

  /**
   * Rows of a revision whose upgrade runs in phases and is not finished are not applied yet. Read
   * through {@code to_jsonb} so the one query of a boot also works on a history table an earlier
   * Tidemark created without the column (it gains it under the lock, {@link #upgradeStatements}).
   */
  private static final String NOT_BEING_UPGRADED = "(to_jsonb(h) ->> 'in_progress') is distinct from 'upgrade'";

  private static final String UPGRADE = "upgrade";
  private static final String DOWNGRADE = "downgrade";

  private final String schema;
  private final String name;
  private final String table;

  public HistoryTable(String schema, String name) {
    this.schema = schema;
    this.name = name;
    this.table = PostgresNames.qualify(schema, name);
  }

  /** The table's unquoted name, so catalog reads can leave it out. */
  public String name() {
    return name;
  }

  public String schema() {
    return schema;
  }

  /**
   * The applied revisions in the order they were applied, or empty when the history table does not
   * exist yet. One query: the cheap check every boot makes before deciding to lock.
   */
  public Optional<List<HistoryRow>> readIfExists(Connection connection) throws SQLException {
    return query(connection, readQuery(),
        rows -> new HistoryRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4),
            rows.getBoolean(5)));
  }

  /** The one query a boot with nothing to do sends; the benchmarks' floor sends it too. */
  public String readQuery() {
    return "select revision, parent, checksum, draft, coalesce((to_jsonb(h) ->> 'in_progress') = '" + DOWNGRADE
        + "', false) from " + table + " h where " + NOT_BEING_UPGRADED + " order by installed_rank";
  }

  /** Every applied revision with when, by whom and how long; empty when there is no history yet. */
  public List<HistoryEntry> entries(Connection connection) throws SQLException {
    return query(connection, "select installed_rank, revision, description, checksum, applied_at, applied_by,"
            + " execution_ms, draft, coalesce((to_jsonb(h) ->> 'stamped')::boolean, false) from " + table + " h where "
            + NOT_BEING_UPGRADED + " order by installed_rank",
        rows -> new HistoryEntry(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
            rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getString(6), rows.getLong(7),
            rows.getBoolean(8), rows.getBoolean(9)))
        .orElse(List.of());
  }

  private interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private <T> Optional<List<T>> query(Connection connection, String sql, RowReader<T> reader) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(reader.read(rows));
      }
      return Optional.of(result);
    } catch (SQLException e) {
      if (MISSING.contains(e.getSQLState())) {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
        return Optional.empty();
      }
      throw e;
    }
  }

  /** The statements that create the history table if missing, for {@link #create} and offline scripts. */
  public List<String> createStatements() {
    return List.of("create schema if not exists " + PostgresNames.quote(schema),
        "create table if not exists " + table + " ("
            + "installed_rank integer not null primary key, "
            + "revision text not null unique, "
            + "parent text, "
            + "checksum text not null, "
            + "description text not null, "
            + "applied_at timestamp with time zone not null default now(), "
            + "applied_by text not null default current_user, "
            + "execution_ms bigint not null, "
            + "draft boolean not null default false, "
            + "draft_downgrade text, "
            + "stamped boolean not null default false, "
            + "in_progress text, "
            + "phases_done integer, "
            + "plan_fingerprint text)");
  }

  /**
   * The columns later Tidemarks added, for a history table an earlier one created: {@code create
   * table if not exists} leaves such a table as it is. Run under the migration lock only, so a boot
   * with nothing to do stays one query.
   */
  public List<String> upgradeStatements() {
    return List.of("alter table " + table
        + " add column if not exists draft boolean not null default false,"
        + " add column if not exists draft_downgrade text,"
        + " add column if not exists stamped boolean not null default false,"
        + " add column if not exists in_progress text,"
        + " add column if not exists phases_done integer,"
        + " add column if not exists plan_fingerprint text");
  }

  /**
   * How many phases of a multi-phase run of {@code revision} are done: of its upgrade (a row not
   * yet applied) or of its downgrade (an applied row being reverted); 0 when none is under way or
   * the row belongs to another version of the revision (a changed draft). Refuses phases done
   * under another plan ({@link dev.tidemark.runtime.internal.safety.ExecutionPlan#fingerprint}).
   */
  public int phasesDone(Connection connection, Revision revision, boolean downgrade, String planFingerprint)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("select phases_done, plan_fingerprint from " + table
        + " where revision = ? and checksum = ? and in_progress = ?")) {
      select.setString(1, revision.id());
      select.setString(2, revision.checksum());
      select.setString(3, downgrade ? DOWNGRADE : UPGRADE);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return 0;
        }
        int phasesDone = row.getInt(1);
        String recorded = row.getString(2);
        // An older release recorded no fingerprint.
        if (phasesDone > 0 && recorded != null && !recorded.equals(planFingerprint)) {
          throw TidemarkException.of(ErrorCode.CONFIGURATION, "the " + (downgrade ? DOWNGRADE : UPGRADE)
              + " of revision " + revision.id() + " of schema " + schema + " stopped part way under another safety"
              + " policy: the " + phasesDone + " phase(s) it committed follow another plan than this run's. Run it"
              + " again under the safety policy that started it to finish it; nothing ran.");
        }
        return phasesDone;
      }
    }
  }

  /**
   * The revisions whose upgrade a multi-phase run left under way, read once under the lock so that
   * an upgrade asks {@link #phasesDone} only of those, not of every revision it applies.
   */
  public Set<String> upgradesUnderWay(Connection connection) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement("select revision from " + table
        + " where in_progress = ?")) {
      select.setString(1, UPGRADE);
      Set<String> revisions = new HashSet<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          revisions.add(rows.getString(1));
        }
      }
      return revisions;
    }
  }

  /**
   * Records that the first {@code phasesDone} phases of {@code revision}'s upgrade or downgrade are
   * done. An upgrade under way has a row of its own, which reads as not applied; a downgrade marks
   * the applied row.
   */
  public void recordPhases(Connection connection, Revision revision, boolean downgrade, int phasesDone,
      String planFingerprint) throws SQLException {
    if (downgrade) {
      try (PreparedStatement update = connection.prepareStatement("update " + table
          + " set in_progress = ?, phases_done = ?, plan_fingerprint = ? where revision = ?")) {
        update.setString(1, DOWNGRADE);
        update.setInt(2, phasesDone);
        update.setString(3, planFingerprint);
        update.setString(4, revision.id());
        update.executeUpdate();
      }
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement("insert into " + table
        + " (installed_rank, revision, parent, checksum, description, execution_ms, in_progress, phases_done,"
        + " plan_fingerprint) select coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, 0, ?, ?, ? from " + table
        + " on conflict (revision) do update set checksum = excluded.checksum, in_progress = excluded.in_progress,"
        + " phases_done = excluded.phases_done, plan_fingerprint = excluded.plan_fingerprint")) {
      upsert.setString(1, revision.id());
      upsert.setString(2, revision.parent());
      upsert.setString(3, revision.checksum());
      upsert.setString(4, revision.description());
      upsert.setString(5, UPGRADE);
      upsert.setInt(6, phasesDone);
      upsert.setString(7, planFingerprint);
      upsert.executeUpdate();
    }
  }

  /** Removes the row of an upgrade under way, in the transaction that records the revision as applied. */
  public void clearUpgradeInProgress(Connection connection, String revision) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(
        "delete from " + table + " where revision = ? and in_progress = ?")) {
      delete.setString(1, revision);
      delete.setString(2, UPGRADE);
      delete.executeUpdate();
    }
  }

  /**
   * Records {@code revision} as applied, in the caller's transaction. A draft keeps the statements
   * that undo it ({@code draftDowngrade}, null otherwise), so dev mode can revert it once the draft
   * changes and its old code is gone. A stamped revision was recorded without running.
   */
  public void insert(Connection connection, Revision revision, long executionMillis, List<String> draftDowngrade,
      boolean stamped) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("insert into " + table
        + " (installed_rank, revision, parent, checksum, description, execution_ms, draft, draft_downgrade, stamped)"
        + " select coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? from " + table)) {
      insert.setString(1, revision.id());
      insert.setString(2, revision.parent());
      insert.setString(3, revision.checksum());
      insert.setString(4, revision.description());
      insert.setLong(5, executionMillis);
      insert.setBoolean(6, revision.draft());
      insert.setString(7, draftDowngrade == null ? null : DraftDowngradeJson.write(revision, draftDowngrade));
      insert.setBoolean(8, stamped);
      insert.executeUpdate();
    }
  }

  /**
   * The insert of {@link #insert} as a statement of an offline script, which cannot bind
   * parameters: the values are written as literals, quotes doubled. Only frozen revisions are
   * scripted, so there is no draft downgrade to record.
   */
  public String insertScript(Revision revision) {
    return "insert into " + table
        + " (installed_rank, revision, parent, checksum, description, execution_ms, draft)"
        + " select coalesce(max(installed_rank), 0) + 1, " + literal(revision.id()) + ", "
        + literal(revision.parent()) + ", " + literal(revision.checksum()) + ", " + literal(revision.description())
        + ", 0, false from " + table;
  }

  /** The delete of {@link #delete} as a statement of an offline script. */
  public String deleteScript(String revision) {
    return "delete from " + table + " where revision = " + literal(revision);
  }

  /** The statements recorded to undo the applied draft {@code revision}; empty for a manual draft. */
  public Optional<List<String>> draftDowngrade(Connection connection, String revision) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "select draft_downgrade from " + table + " where revision = ? and draft")) {
      select.setString(1, revision);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next() || row.getString(1) == null) {
          return Optional.empty();
        }
        return Optional.of(DraftDowngradeJson.read(row.getString(1), revision, table));
      }
    }
  }

  /** Marks an applied draft as the frozen revision it has become (same id and checksum). */
  public void markFrozen(Connection connection, String revision) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "update " + table + " set draft = false, draft_downgrade = null where revision = ?")) {
      update.setString(1, revision);
      update.executeUpdate();
    }
  }

  /** Forgets an applied revision, in the caller's transaction (after its downgrade ran). */
  public void delete(Connection connection, String revision) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where revision = ?")) {
      delete.setString(1, revision);
      delete.executeUpdate();
    }
  }

  private static String literal(String value) {
    return value == null ? "null" : "'" + value.replace("'", "''") + "'";
  }
}
