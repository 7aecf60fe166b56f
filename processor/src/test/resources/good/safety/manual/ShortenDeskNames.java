package test.desks;

import dev.tidemark.annotations.Acknowledge;
import dev.tidemark.annotations.ManualRevision;
import dev.tidemark.runtime.ManualMigration;
import java.sql.Connection;
import java.sql.SQLException;

@ManualRevision(name = "shorten_desk_names", after = "0001_initial")
@Acknowledge(rule = "TM103", on = "desk.name", reason = "this revision shortens every name first")
public class ShortenDeskNames implements ManualMigration {
  @Override
  public void upgrade(Connection connection) throws SQLException {
    connection.createStatement().execute("update desk set name = left(name, 20)");
  }

  @Override
  public void downgrade(Connection connection) throws SQLException {
  }
}
