package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reserved words follow Hibernate's behaviour: it writes names unquoted, so a reserved column name
 * breaks its DDL, inserts and updates (a compile error here), while a reserved table name works
 * where Hibernate qualifies it with a schema (a warning). A quoted name is fine.
 */
class ReservedWordsTest {

  @TempDir
  Path ledgerDir;

  @Test
  void anUnquotedReservedColumnIsAnErrorATableAWarningAndAQuotedNameIsFine() {
    Compilation compilation = new TidemarkCompiler(ledgerDir).compile(List.of("bad/ReservedWords.java"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(Diagnostic.RESERVED_COLUMN.format("user", "ReservedWords.user", "user"))
        .inFile(JavaFileObjects.forResource("bad/ReservedWords.java"))
        .onLineContaining("private String user;");
    assertThat(compilation)
        .hadWarningContaining(Diagnostic.RESERVED_TABLE.format("order", "ReservedWords", "order"))
        .inFile(JavaFileObjects.forResource("bad/ReservedWords.java"))
        .onLineContaining("public class ReservedWords");
  }

  @Test
  void theKeywordListIsPostgresOwn() throws ReflectiveOperationException {
    Set<String> fromServer = new TreeSet<>(Sql.rows(TestPostgres.freshDatabase(),
        "select word from pg_get_keywords() where catcode in ('R', 'T')"));
    Field reserved = Class.forName("dev.tidemark.processor.read.PostgresKeywords").getDeclaredField("RESERVED");
    reserved.setAccessible(true);

    assertEquals(fromServer, new TreeSet<>((Set<?>) reserved.get(null)));
  }
}
