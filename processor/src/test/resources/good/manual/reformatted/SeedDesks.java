package test.desks;

import dev.tidemark.annotations.ManualRevision;
import dev.tidemark.runtime.ManualMigration;
import java.sql.Connection;
import java.sql.SQLException;

/** Seeds the first desk. Reformatted and commented since it was frozen: still the same code. */
@ManualRevision(name = "seed_desks", after = "0001_initial")
public class SeedDesks implements ManualMigration {

  @Override
  public void upgrade(Connection connection) throws SQLException {
    // The desk every trader starts on.
    connection.createStatement()
        .execute("insert into desk (id, name) values (1, 'Rates')");
  }

  @Override
  public void downgrade(Connection connection)
      throws SQLException {
    connection.createStatement().execute("delete from desk where id = 1"); /* undoes upgrade */
  }
}
