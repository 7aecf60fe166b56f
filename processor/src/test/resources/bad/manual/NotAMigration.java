package test.desks;

import dev.tidemark.annotations.ManualRevision;

@ManualRevision(name = "Not-Valid", after = "0001_initial")
public class NotAMigration {
  private NotAMigration(int unused) {}
}
