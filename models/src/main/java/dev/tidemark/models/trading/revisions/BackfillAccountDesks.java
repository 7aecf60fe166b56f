package dev.tidemark.models.trading.revisions;

import dev.tidemark.annotations.ManualRevision;
import dev.tidemark.runtime.ManualMigration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Release 1 kept an account's desk as a free-text code. Every code becomes a row of {@code desks}
 * and every account points at its desk, so the next revision can make {@code desk_id} required and
 * retire the text column. Unqualified names act on the managed schema (the migrator puts it first
 * on {@code search_path}).
 */
@ManualRevision(name = "backfill_account_desks", after = "0002_add_desks_and_traders")
public class BackfillAccountDesks implements ManualMigration {

  @Override
  public void upgrade(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("""
          insert into desks (code, name)
          select distinct desk, initcap(desk) from accounts
          on conflict (code) do nothing""");
      statement.executeUpdate("""
          update accounts set desk_id = desks.id
          from desks
          where desks.code = accounts.desk and accounts.desk_id is null""");
    }
  }

  /** Unlinks the accounts and removes the desks only the backfill could have made (none has traders). */
  @Override
  public void downgrade(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("update accounts set desk_id = null");
      statement.executeUpdate("""
          delete from desks
          where code in (select desk from accounts)
            and not exists (select 1 from traders where traders.desk_id = desks.id)""");
    }
  }
}
