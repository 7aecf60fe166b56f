package dev.tidemark.runtime;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A hand-written revision, annotated {@link dev.tidemark.annotations.ManualRevision}. Both methods
 * run inside the revision's transaction, on the migrator's connection: do not commit, roll back or
 * close it. An exception rolls the whole revision back.
 */
public interface ManualMigration {

  void upgrade(Connection connection) throws SQLException;

  void downgrade(Connection connection) throws SQLException;
}
