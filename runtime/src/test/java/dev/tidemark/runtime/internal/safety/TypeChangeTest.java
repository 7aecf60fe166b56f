package dev.tidemark.runtime.internal.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.runtime.operation.AlterColumnType;
import dev.tidemark.runtime.sql.PostgresRenderer;
import dev.tidemark.runtime.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypeChangeTest {

  private static final String[] CHANGES = {
      "character varying(20)|character varying(20)|NONE",
      "character varying(20)|character varying(40)|METADATA_ONLY",
      "character varying(20)|character varying|METADATA_ONLY",
      "character varying(20)|text|METADATA_ONLY",
      "text|character varying|METADATA_ONLY",
      "character varying|text|METADATA_ONLY",
      "character varying(40)|character varying(20)|NARROWING",
      "text|character varying(20)|NARROWING",
      "numeric(10,2)|numeric(12,2)|METADATA_ONLY",
      "numeric(10,2)|numeric|METADATA_ONLY",
      "numeric(10,2)|numeric(12,4)|REWRITE",
      "numeric(10,2)|numeric(10,4)|NARROWING",
      "numeric(10,2)|numeric(8,2)|NARROWING",
      "numeric|numeric(20,8)|NARROWING",
      "timestamp(3) without time zone|timestamp(6) without time zone|METADATA_ONLY",
      "timestamp(3) without time zone|timestamp without time zone|METADATA_ONLY",
      "timestamp(6) without time zone|timestamp(3) without time zone|NARROWING",
      "timestamp(6) with time zone|timestamp(6) without time zone|REWRITE",
      "timestamp(6) without time zone|timestamp(6) with time zone|REWRITE",
      "time(0) without time zone|time(3) without time zone|METADATA_ONLY",
      "bit varying(8)|bit varying(16)|METADATA_ONLY",
      "cidr|inet|METADATA_ONLY",
      "smallint|integer|REWRITE",
      "integer|bigint|REWRITE",
      "bigint|integer|NARROWING",
      "integer|numeric(12,2)|REWRITE",
      "integer|numeric(10,2)|NARROWING",
      "integer|double precision|REWRITE",
      "bigint|double precision|NARROWING",
      "real|double precision|REWRITE",
      "double precision|real|NARROWING",
      "character(2)|character(4)|REWRITE",
      "character(4)|character(2)|NARROWING",
      "character(4)|character varying(4)|REWRITE",
      "uuid|text|REWRITE",
      "date|timestamp(6) with time zone|REWRITE",
      "timestamp(6) with time zone|date|NARROWING",
      "json|jsonb|REWRITE",
      "text|uuid|NARROWING",
      "boolean|integer|NARROWING",
      "text[]|text[]|NONE",
      "character varying(10)[]|character varying(20)[]|REWRITE",
      "character varying(20)[]|character varying(10)[]|NARROWING",
      "integer[]|text|REWRITE",
      "text|integer[]|NARROWING",
  };

  private static final AtomicInteger TABLES = new AtomicInteger();
  private static DataSource database;

  static Stream<Arguments> changes() {
    return Stream.of(CHANGES).map(row -> row.split("\\|")).map(row -> Arguments.of(row[0], row[1],
        TypeChange.valueOf(row[2])));
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("changes")
  void classifiesLikePostgres(String from, String to, TypeChange expected) {
    assertEquals(expected, TypeChange.of(from, to));
  }

  /**
   * PostgreSQL gives a rewritten table a new file; the change is rendered as Tidemark renders it
   * ({@code using "c"::type}). The session time zone is not UTC, where PostgreSQL would also skip
   * the rewrite between {@code timestamp} and {@code timestamptz}.
   */
  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @MethodSource("changes")
  void postgresRewritesTheTableExactlyWhenClassifiedSo(String from, String to, TypeChange expected)
      throws SQLException {
    String table = "t" + TABLES.incrementAndGet();
    try (Connection connection = database().getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("set timezone = 'America/New_York'");
      statement.execute("create table public." + table + " (c " + from + ")");
      long before = filenode(statement, table);
      statement.execute(new PostgresRenderer("public").render(new AlterColumnType(table, "c", to)).sql());
      boolean rewritten = filenode(statement, table) != before;

      assertEquals(expected == TypeChange.REWRITE || expected == TypeChange.NARROWING, rewritten);
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
    }
    return database;
  }
}
