package dev.tidemark.runtime.internal.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether adding a column with a default rewrites the table, as Tidemark reads the default and as PostgreSQL does. */
class DefaultExpressionsTest {

  private static final AtomicInteger TABLES = new AtomicInteger();
  private static DataSource database;

  @ParameterizedTest(name = "{0} {1}: volatile {2}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "integer|0|false",
      "character varying(3)|'USD'::character varying|false",
      "text|'it''s random()'::text|false",
      "numeric(20,8)|0.5::numeric(20,8)|false",
      "timestamp with time zone|now()|false",
      "timestamp with time zone|current_timestamp|false",
      "date|current_date|false",
      "text|upper('x')|false",
      "timestamp with time zone|clock_timestamp()|true",
      "double precision|random()|true",
      "uuid|gen_random_uuid()|true",
      "bigint|nextval('public.counter')|true"})
  void volatileDefaultsAreThoseThatRewrite(String type, String expression, boolean volatileDefault)
      throws SQLException {
    assertEquals(volatileDefault, DefaultExpressions.mayBeVolatile(expression));

    String table = "t" + TABLES.incrementAndGet();
    try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("create table public." + table + " (id bigint)");
      statement.execute("insert into public." + table + " values (1)");
      long before = filenode(statement, table);
      statement.execute("alter table public." + table + " add column c " + type + " default " + expression);
      assertEquals(volatileDefault, filenode(statement, table) != before);
    }
  }

  private static long filenode(Statement statement, String table) throws SQLException {
    try (ResultSet result = statement.executeQuery("select pg_relation_filenode('public." + table + "')")) {
      result.next();
      return result.getLong(1);
    }
  }

  private static synchronized DataSource database() {
    if (database == null) {
      database = TestPostgres.freshDatabase();
      try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("create sequence public.counter");
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }
    return database;
  }
}
