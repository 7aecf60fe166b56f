package dev.tidemark.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidemark.runtime.Tidemark;
import dev.tidemark.runtime.internal.HistoryTable;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.flywaydb.core.Flyway;

/**
 * What each tool does when a service boots: its whole migrate call, configuration included, as a
 * service makes it. {@link #FLOOR} is what no tool can go below.
 */
enum Tool {

  /**
   * No-op boot: a bare connection and the one history query Tidemark sends. Full apply: the same
   * statements by plain JDBC, one transaction per revision.
   */
  FLOOR("floor (plain JDBC)") {
    @Override
    void migrate(DataSource dataSource, ToolFixtures fixtures) throws SQLException, IOException {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(HISTORY_QUERY)) {
        while (rows.next()) {
          rows.getString(1);
        }
      }
    }

    @Override
    void applyAll(DataSource dataSource, ToolFixtures fixtures) throws SQLException, IOException {
      List<List<String>> revisions = new ObjectMapper().readValue(fixtures.floorStatements().toFile(),
          new TypeReference<List<List<String>>>() {});
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        connection.setAutoCommit(false);
        for (List<String> revision : revisions) {
          for (String sql : revision) {
            statement.execute(sql);
          }
          connection.commit();
        }
      }
    }
  },

  TIDEMARK("Tidemark") {
    @Override
    void migrate(DataSource dataSource, ToolFixtures fixtures) {
      Tidemark.migrate(dataSource);
    }
  },

  FLYWAY("Flyway 13.12.1") {
    @Override
    void migrate(DataSource dataSource, ToolFixtures fixtures) {
      Flyway.configure()
          .dataSource(dataSource)
          .schemas(ToolFixtures.FLYWAY_SCHEMA)
          .locations("filesystem:" + fixtures.flywayDirectory().toAbsolutePath())
          .load()
          .migrate();
    }
  },

  LIQUIBASE("Liquibase 4.33.0") {
    @Override
    void migrate(DataSource dataSource, ToolFixtures fixtures) throws Exception {
      try (Connection connection = dataSource.getConnection()) {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(ToolFixtures.LIQUIBASE_SCHEMA);
        database.setLiquibaseSchemaName(ToolFixtures.LIQUIBASE_SCHEMA);
        Path changelogDirectory = fixtures.liquibaseDirectory().toAbsolutePath();
        Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(changelogDirectory)),
            () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, ToolFixtures.LIQUIBASE_CHANGELOG)
                .execute());
      }
    }
  };

  /** The query Tidemark's no-op boot sends, which the floor sends too. */
  static final String HISTORY_QUERY =
      new HistoryTable(ToolFixtures.TIDEMARK_SCHEMA, HistoryTable.DEFAULT_NAME).readQuery();

  private final String label;

  Tool(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** One boot call: brings the database to the head of the fixtures, or finds it there. */
  abstract void migrate(DataSource dataSource, ToolFixtures fixtures) throws Exception;

  /** Applies every revision to an empty database; for the tools, their ordinary boot call. */
  void applyAll(DataSource dataSource, ToolFixtures fixtures) throws Exception {
    migrate(dataSource, fixtures);
  }
}
