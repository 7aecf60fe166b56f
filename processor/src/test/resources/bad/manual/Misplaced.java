package test.desks;

import dev.tidemark.annotations.ManualRevision;
import dev.tidemark.runtime.ManualMigration;
import java.sql.Connection;

@ManualRevision(name = "misplaced", after = "0000_nowhere")
public class Misplaced implements ManualMigration {
  @Override
  public void upgrade(Connection connection) {}

  @Override
  public void downgrade(Connection connection) {}
}
