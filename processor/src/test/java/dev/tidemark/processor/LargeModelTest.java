package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Operations;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model far beyond what one generated method can hold still gives a first revision that compiles. */
class LargeModelTest {

  private static final int ENTITIES = 1_000;

  @TempDir
  Path ledgerDir;

  @Test
  void aFirstRevisionOfAThousandEntitiesCompiles() {
    List<JavaFileObject> sources = new ArrayList<>();
    for (int i = 0; i < ENTITIES; i++) {
      String name = String.format("Book%04d", i);
      sources.add(JavaFileObjects.forSourceString("test.large." + name, """
          package test.large;

          import jakarta.persistence.Column;
          import jakarta.persistence.Entity;
          import jakarta.persistence.Id;
          import java.math.BigDecimal;
          import java.time.LocalDate;

          @Entity
          public class %s {
            @Id
            private long id;

            @Column(nullable = false, length = 40)
            private String code;

            @Column(precision = 20, scale = 2)
            private BigDecimal riskLimit;

            private LocalDate openedOn;
          }
          """.formatted(name)));
    }

    Compilation compilation = Compiler.javac()
        .withProcessors(new TidemarkProcessor())
        .withOptions("-Atidemark.dir=" + ledgerDir)
        .compile(sources);

    assertThat(compilation).succeeded();
    MigrationCatalog catalog = new GeneratedClasses(compilation)
        .instantiate("test.large.migrations.public_.PublicCatalog", MigrationCatalog.class);
    Migration first = catalog.migrations().get(0);
    assertEquals(ENTITIES, Operations.upgradeOf(first).size());
    assertEquals(ENTITIES, Operations.downgradeOf(first).size());
  }
}
