package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random entity models built from supported mappings, judged like the oracle corpus: compiled with
 * the processor and migrated by Tidemark, exported by Hibernate, catalogs compared. A failure
 * prints the seed and the model's sources: rerun it with {@code -Dtidemark.randomModels.seed=N
 * -Dtidemark.randomModels.count=1}; a longer run with a larger count.
 */
class RandomEntityModelsTest {

  private static final long FIRST_SEED = Long.getLong("tidemark.randomModels.seed", 20_261_129L);
  private static final int COUNT = Integer.getInteger("tidemark.randomModels.count", 20);

  @TempDir
  Path ledgers;

  @Test
  void hibernateExportsWhatTidemarkMigratesForRandomModels() throws Exception {
    for (int model = 0; model < COUNT; model++) {
      long seed = FIRST_SEED + model;
      RandomModel random = new RandomModel(seed);
      try {
        judge(seed, random.sources());
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("random model with seed " + seed + " failed (rerun it alone with"
            + " -Dtidemark.randomModels.seed=" + seed + " -Dtidemark.randomModels.count=1):\n"
            + String.join("\n", random.sources()) + "\n" + e.getMessage(), e);
      }
    }
  }

  private void judge(long seed, List<String> sources) throws Exception {
    Path ledgerDir = Files.createDirectory(ledgers.resolve("m" + seed));
    List<JavaFileObject> files = new ArrayList<>();
    List<String> classNames = new ArrayList<>();
    for (String source : sources) {
      String name = RandomModel.PACKAGE + "." + source.split("(class|enum) ", 2)[1].split("[ {]", 2)[0];
      classNames.add(name);
      files.add(JavaFileObjects.forSourceString(name, source));
    }
    Compilation compilation = new TidemarkCompiler(ledgerDir).compileFiles(files,
        "-Atidemark.schema=" + HibernateOracleTest.SCHEMA, "-Atidemark.package=oracle.generated");
    assertThat(compilation).succeeded();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    MigrationCatalog catalog = classes.instantiate("oracle.generated." + HibernateOracleTest.SCHEMA + ".OracleCatalog",
        MigrationCatalog.class);
    List<Class<?>> entities = new ArrayList<>();
    for (String name : classNames) {
      entities.add(classes.loadClass(name));
    }

    DataSource migrated = TestPostgres.freshDatabase();
    Migrator.builder(migrated).catalog(catalog).devMode(true).build().upgrade();
    DataSource exported = TestPostgres.freshDatabase();
    HibernateOracleTest.hibernate(exported, entities, "create", "hibernate");

    assertEquals(String.join("\n", CatalogDump.of(exported, HibernateOracleTest.SCHEMA)),
        String.join("\n", CatalogDump.of(migrated, HibernateOracleTest.SCHEMA)),
        "catalog built by Tidemark's migrations (actual) against Hibernate's export (expected)");
    HibernateOracleTest.hibernate(migrated, entities, "validate", "hibernate");
  }

  /** One random model: a few entities, each drawing its attributes from the supported mappings. */
  private static final class RandomModel {

    static final String PACKAGE = "random.model";

    private static final String[] BASICS = {
        "private String %s;",
        "@Column(length = %2$d) private String %1$s;",
        "@Column(nullable = false, length = %2$d) private String %1$s;",
        "private int %s;",
        "private Long %s;",
        "@Column(precision = %2$d, scale = 2) private java.math.BigDecimal %1$s;",
        "private java.time.LocalDate %s;",
        "private java.time.Instant %s;",
        "private boolean %s;",
        "private java.util.UUID %s;",
        "@Enumerated private Shade %s;",
        "@Enumerated(EnumType.STRING) private Shade %s;",
        "@Column(unique = true, length = %2$d) private String %1$s;",
        // Overridden after the attribute, so an entity may embed Place more than once.
        "@Embedded @AttributeOverride(name = \"town\", column = @Column(name = \"%1$s_town\", length = 40))"
            + " @AttributeOverride(name = \"floor\", column = @Column(name = \"%1$s_floor\")) private Place %1$s;",
        "@ElementCollection private java.util.Set<String> %s;",
        "@ElementCollection @OrderColumn private java.util.List<Integer> %s;",
        "@Convert(converter = org.hibernate.type.YesNoConverter.class) private Boolean %s;",
    };
    private static final String[] IDS = {
        "@Id private Long id;",
        "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
        "@Id @GeneratedValue private Long id;",
        "@Id @Column(length = 12) private String id;",
    };

    private final List<String> sources = new ArrayList<>();

    RandomModel(long seed) {
      Random random = new Random(seed);
      sources.add("package " + PACKAGE + ";\npublic enum Shade { RED, GREEN, BLUE }\n");
      sources.add("package " + PACKAGE + ";\nimport jakarta.persistence.*;\n"
          + "@Embeddable public class Place { @Column(length = 40) private String town; private Integer floor; }\n");
      int entities = 2 + random.nextInt(4);
      for (int entity = 0; entity < entities; entity++) {
        StringBuilder body = new StringBuilder(IDS[random.nextInt(IDS.length)]);
        int attributes = 1 + random.nextInt(5);
        for (int attribute = 0; attribute < attributes; attribute++) {
          body.append("\n  ").append(String.format(BASICS[random.nextInt(BASICS.length)], "a" + attribute,
              10 + random.nextInt(30)));
        }
        if (entity > 0 && random.nextBoolean()) {
          String target = "E" + random.nextInt(entity);
          body.append(switch (random.nextInt(3)) {
            case 0 -> "\n  @ManyToOne private " + target + " ref;";
            case 1 -> "\n  @ManyToOne(optional = false) @JoinColumn(name = \"owner_ref\") private " + target + " ref;";
            default -> "\n  @ManyToMany private java.util.Set<" + target + "> refs;";
          });
        }
        sources.add("package " + PACKAGE + ";\nimport jakarta.persistence.*;\n@Entity public class E" + entity
            + " {\n  " + body + "\n}\n");
      }
    }

    List<String> sources() {
      return sources;
    }
  }
}
