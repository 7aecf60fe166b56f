package test.desks;

import dev.tidemark.annotations.ManualRevision;
import dev.tidemark.runtime.ManualMigration;
import java.sql.Connection;
import java.sql.SQLException;

@ManualRevision(name = "seed_desks", after = "0001_initial")
public class SeedDesks implements ManualMigration {
  @Override
  public void upgrade(Connection connection) throws SQLException {
    connection.createStatement().execute("insert into desk (id, name) values (1, 'Rates')");
  }

  @Override
  public void downgrade(Connection connection) throws SQLException {
    connection.createStatement().execute("delete from desk where id = 1");
  }
}
