package dev.tidemark.runtime.testing;

import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.JdbcAction;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.json.ModelJson;
import java.util.List;
import java.util.function.Consumer;

/** Hand-built migrations and catalogs, written with the same builder generated code uses. */
public final class TestMigrations {

  private TestMigrations() {}

  public static Migration frozen(String id, String parent, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
    return migration(id, parent, false, upgrade, downgrade);
  }

  public static Migration draft(String id, String parent, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
    return migration(id, parent, true, upgrade, downgrade);
  }

  /**
   * A manual revision as the processor generates its wrapper: JDBC steps named after the revision,
   * with a checksum that changes whenever {@code upgrade} does (here: its identity).
   */
  public static Migration manual(String id, String parent, boolean draft, JdbcAction upgrade, JdbcAction downgrade) {
    Revision revision = new Revision(id, parent, id.substring(5).replace('_', ' '),
        Integer.toHexString(System.identityHashCode(upgrade)), draft);
    return new Migration() {
      @Override
      public Revision revision() {
        return revision;
      }

      @Override
      public void upgrade(Operations operations) {
        operations.run(id + ".upgrade", upgrade);
      }

      @Override
      public void downgrade(Operations operations) {
        operations.run(id + ".downgrade", downgrade);
      }
    };
  }

  /** {@code migration}, carrying {@code acknowledgements} as a generated migration does. */
  public static Migration acknowledging(Migration migration, Acknowledgement... acknowledgements) {
    return new Migration() {
      @Override
      public Revision revision() {
        return migration.revision();
      }

      @Override
      public void upgrade(Operations operations) {
        migration.upgrade(operations);
      }

      @Override
      public void downgrade(Operations operations) {
        migration.downgrade(operations);
      }

      @Override
      public List<Acknowledgement> acknowledgements() {
        return List.of(acknowledgements);
      }
    };
  }

  public static MigrationCatalog catalog(String schema, Migration... migrations) {
    return new MigrationCatalog() {
      @Override
      public String schema() {
        return schema;
      }

      @Override
      public List<Migration> migrations() {
        return List.of(migrations);
      }
    };
  }

  private static Migration migration(
      String id, String parent, boolean draft, Consumer<Operations> upgrade, Consumer<Operations> downgrade) {
    Operations up = new Operations();
    upgrade.accept(up);
    Operations down = new Operations();
    downgrade.accept(down);
    Revision revision = new Revision(id, parent, id.replace('_', ' '), ModelJson.checksum(up.list(), down.list()), draft);
    return new Migration() {
      @Override
      public Revision revision() {
        return revision;
      }

      @Override
      public void upgrade(Operations operations) {
        upgrade.accept(operations);
      }

      @Override
      public void downgrade(Operations operations) {
        downgrade.accept(operations);
      }
    };
  }
}
