package dev.tidemark.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.schema.PostgresNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code tidemark_history} table of one managed schema. */
public final class HistoryTable {

  public static final String NAME = "tidemark_history";

  /** undefined_table and invalid_schema_name: the history does not exist yet. */
  private static final List<String> MISSING = List.of("42P01", "3F000");

  private static final ObjectMapper STATEMENTS = new ObjectMapper();

  private final String schema;
  private final String table;

  public HistoryTable(String schema) {
    this.schema = PostgresNames.quote(schema);
    this.table = PostgresNames.qualify(schema, NAME);
  }

  /**
   * The applied revisions in the order they were applied, or empty when the history table does not
   * exist yet. One query: the cheap check every boot makes before deciding to lock.
   */
  public Optional<List<HistoryRow>> readIfExists(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(
            "select revision, parent, checksum, draft from " + table + " order by installed_rank")) {
      List<HistoryRow> history = new ArrayList<>();
      while (rows.next()) {
        history.add(new HistoryRow(rows.getString(1), rows.getString(2), rows.getString(3), rows.getBoolean(4)));
      }
      return Optional.of(history);
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

  /** Creates the schema and the history table if missing. Run under the migration lock. */
  public void create(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("create schema if not exists " + schema);
      statement.execute("create table if not exists " + table + " ("
          + "installed_rank integer not null primary key, "
          + "revision text not null unique, "
          + "parent text, "
          + "checksum text not null, "
          + "description text not null, "
          + "applied_at timestamp with time zone not null default now(), "
          + "applied_by text not null default current_user, "
          + "execution_ms bigint not null, "
          + "draft boolean not null default false, "
          + "draft_downgrade text)");
    }
  }

  /**
   * Records {@code revision} as applied, in the caller's transaction. A draft keeps the statements
   * that undo it ({@code draftDowngrade}, null otherwise), so dev mode can revert it once the draft
   * changes and its old code is gone.
   */
  public void insert(Connection connection, Revision revision, long executionMillis, List<String> draftDowngrade)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(
        "insert into " + table
            + " (installed_rank, revision, parent, checksum, description, execution_ms, draft, draft_downgrade)"
            + " select coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, ?, ?, ? from " + table)) {
      insert.setString(1, revision.id());
      insert.setString(2, revision.parent());
      insert.setString(3, revision.checksum());
      insert.setString(4, revision.description());
      insert.setLong(5, executionMillis);
      insert.setBoolean(6, revision.draft());
      insert.setString(7, draftDowngrade == null ? null : STATEMENTS.writeValueAsString(draftDowngrade));
      insert.executeUpdate();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the downgrade of " + revision.id(), e);
    }
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
        return Optional.of(STATEMENTS.readValue(row.getString(1), new TypeReference<List<String>>() {}));
      }
    } catch (JsonProcessingException e) {
      throw new SQLException("the recorded downgrade of draft " + revision + " in " + table + " is not readable", e);
    }
  }

  /** Forgets an applied revision, in the caller's transaction (after its downgrade ran). */
  public void delete(Connection connection, String revision) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("delete from " + table + " where revision = ?")) {
      delete.setString(1, revision);
      delete.executeUpdate();
    }
  }
}
