package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.testing.CatalogDump;
import dev.tidemark.runtime.testing.Sql;
import dev.tidemark.runtime.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  /** Each change is judged against three Hibernate exports and two compilations: fewer of them by default. */
  private static final int CHANGES = Integer.getInteger("tidemark.randomModels.count", 8);

  @TempDir
  Path ledgers;

  @Test
  void hibernateExportsWhatTidemarkMigratesForRandomModels() throws Exception {
    for (int model = 0; model < COUNT; model++) {
      long seed = FIRST_SEED + model;
      RandomModel random = new RandomModel(seed);
      try {
        judge(seed, random);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("random model with seed " + seed + " failed (rerun it alone with"
            + " -Dtidemark.randomModels.seed=" + seed + " -Dtidemark.randomModels.count=1):\n"
            + String.join("\n", random.sources()) + "\n" + e.getMessage(), e);
      }
    }
  }

  private void judge(long seed, RandomModel model) throws Exception {
    Path ledgerDir = Files.createDirectory(ledgers.resolve("m" + seed));
    Compilation compilation = new TidemarkCompiler(ledgerDir).compileFiles(model.files(),
        "-Atidemark.schema=" + HibernateOracleTest.SCHEMA, "-Atidemark.package=oracle.generated");
    assertThat(compilation).succeeded();
    GeneratedClasses classes = new GeneratedClasses(compilation);
    MigrationCatalog catalog = classes.instantiate("oracle.generated." + HibernateOracleTest.SCHEMA + ".OracleCatalog",
        MigrationCatalog.class);
    List<Class<?>> entities = model.load(classes);

    DataSource migrated = TestPostgres.freshDatabase();
    Migrator.builder(migrated).catalog(catalog).devMode(true).build().upgrade();
    DataSource exported = TestPostgres.freshDatabase();
    HibernateOracleTest.hibernate(exported, entities, "create", "hibernate");

    assertEquals(String.join("\n", CatalogDump.of(exported, HibernateOracleTest.SCHEMA)),
        String.join("\n", CatalogDump.of(migrated, HibernateOracleTest.SCHEMA)),
        "catalog built by Tidemark's migrations (actual) against Hibernate's export (expected)");
    HibernateOracleTest.hibernate(migrated, entities, "validate", "hibernate");
  }

  /**
   * Random models changed the way a team changes its entities, each change judged at both ends:
   * model A is frozen as {@code 0001_initial}, a changed model B becomes the draft after it. A
   * database upgraded to 0001 must equal Hibernate's export of A, upgraded to head its export of B
   * (and pass Hibernate's validation), and downgraded to 0001 the export of A again. The rows
   * inserted under A must survive the upgrade, an enum's meaning included.
   */
  @Test
  void randomChangesMigrateUpAndDownToWhatHibernateExports() throws Exception {
    for (int model = 0; model < CHANGES; model++) {
      long seed = FIRST_SEED + 1_000 + model;
      RandomModel before = new RandomModel(seed);
      RandomModel after = before.changed(new Random(seed * 31));
      try {
        judgeEvolution(seed, before, after);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("random change with seed " + seed + " failed (rerun it alone with"
            + " -Dtidemark.randomModels.seed=" + (seed - 1_000) + " -Dtidemark.randomModels.count=1)\nchanges: "
            + after.changes + "\nbefore:\n" + String.join("\n", before.sources()) + "\nafter:\n"
            + String.join("\n", after.sources()) + "\n" + e.getMessage(), e);
      }
    }
  }

  private void judgeEvolution(long seed, RandomModel before, RandomModel after) throws Exception {
    Path ledgerDir = Files.createDirectory(ledgers.resolve("e" + seed));
    TidemarkCompiler compiler = new TidemarkCompiler(ledgerDir);
    String[] options = {"-Atidemark.schema=" + HibernateOracleTest.SCHEMA, "-Atidemark.package=oracle.generated"};
    Compilation first = compiler.compileFiles(before.files(), append(options, "-Atidemark.freeze=initial"));
    assertThat(first).succeeded();
    List<Class<?>> entitiesBefore = before.load(new GeneratedClasses(first));
    Compilation second = compiler.compileFiles(after.files(), options);
    assertThat(second).succeeded();
    GeneratedClasses classes = new GeneratedClasses(second);
    MigrationCatalog catalog = classes.instantiate("oracle.generated." + HibernateOracleTest.SCHEMA + ".OracleCatalog",
        MigrationCatalog.class);
    List<Class<?>> entitiesAfter = after.load(classes);

    DataSource exportedBefore = TestPostgres.freshDatabase();
    HibernateOracleTest.hibernate(exportedBefore, entitiesBefore, "create", "hibernate");
    DataSource exportedAfter = TestPostgres.freshDatabase();
    HibernateOracleTest.hibernate(exportedAfter, entitiesAfter, "create", "hibernate");
    DataSource migrated = TestPostgres.freshDatabase();
    Migrator migrator = Migrator.builder(migrated).catalog(catalog).devMode(true).build();

    migrator.upgrade("0001_initial");
    assertEquals(dump(exportedBefore), dump(migrated), "at 0001 (actual) against Hibernate's export of A (expected)");
    List<String> rows = before.insertRows(migrated);
    migrator.upgrade();
    assertEquals(dump(exportedAfter), dump(migrated), "at head (actual) against Hibernate's export of B (expected)");
    HibernateOracleTest.hibernate(migrated, entitiesAfter, "validate", "hibernate");
    assertEquals(rows.stream().filter(after::maps).toList(), after.readRows(migrated),
        "the enum values of the rows inserted under A, read under B");
    migrator.downgrade("0001_initial");
    assertEquals(dump(exportedBefore), dump(migrated), "downgraded to 0001 (actual) against Hibernate's export of A");
  }

  private static String dump(DataSource database) {
    return String.join("\n", CatalogDump.of(database, HibernateOracleTest.SCHEMA));
  }

  private static String[] append(String[] options, String option) {
    List<String> all = new ArrayList<>(List.of(options));
    all.add(option);
    return all.toArray(String[]::new);
  }

  /** One random model: a few entities, each drawing its attributes from the supported mappings. */
  private static final class RandomModel {

    static final String PACKAGE = "random.model";

    private static final String[] NULLABLE_BASICS = {
        "private String %s;",
        "@Column(length = %2$d) private String %1$s;",
        "private Long %s;",
        "@Column(precision = %2$d, scale = 2) private java.math.BigDecimal %1$s;",
        "private java.time.LocalDate %s;",
        "private java.time.Instant %s;",
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
    /** Attributes whose column is NOT NULL without a default: never added to a table that may hold rows. */
    private static final String[] REQUIRED_BASICS = {
        "@Column(nullable = false, length = %2$d) private String %1$s;",
        "private int %s;",
        "private boolean %s;",
    };
    private static final String[] IDS = {
        "@Id private Long id;",
        "@Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id;",
        "@Id @GeneratedValue private Long id;",
        "@Id @Column(length = 12) private String id;",
    };
    /** A basic attribute of one column that may be renamed, dropped or indexed: the field name is group 2. */
    private static final Pattern SIMPLE = Pattern.compile(
        "(@Column\\((?:nullable = false, )?length = \\d+\\) )?private (?:String|int|Long|boolean|java\\.time\\.LocalDate"
            + "|java\\.time\\.Instant|java\\.util\\.UUID) (a\\d+);");
    private static final Pattern FIELD = Pattern.compile("(\\w+);$");
    private static final List<String> SHADES = List.of("RED", "GREEN", "BLUE");

    private final List<Entity> entities;
    /** What {@link #changed} did to the model it was made from, for a failure's message. */
    final List<String> changes = new ArrayList<>();

    /** An entity as source lines: class annotations, the id, and one line per attribute. */
    private static final class Entity {
      final String name;
      final List<String> annotations = new ArrayList<>();
      final String id;
      final List<String> attributes = new ArrayList<>();

      Entity(String name, String id) {
        this.name = name;
        this.id = id;
      }

      Entity copy() {
        Entity copy = new Entity(name, id);
        copy.annotations.addAll(annotations);
        copy.attributes.addAll(attributes);
        return copy;
      }

      String source() {
        return "package " + PACKAGE + ";\nimport jakarta.persistence.*;\n" + String.join("\n", annotations)
            + (annotations.isEmpty() ? "" : "\n") + "@Entity public class " + name + " {\n  " + id + "\n  "
            + String.join("\n  ", attributes) + "\n}\n";
      }

      static String field(String attribute) {
        Matcher field = FIELD.matcher(attribute);
        return field.find() ? field.group(1) : attribute;
      }
    }

    RandomModel(long seed) {
      Random random = new Random(seed);
      entities = new ArrayList<>();
      int count = 2 + random.nextInt(4);
      for (int entity = 0; entity < count; entity++) {
        Entity made = new Entity("E" + entity, IDS[random.nextInt(IDS.length)]);
        int attributes = 1 + random.nextInt(5);
        for (int attribute = 0; attribute < attributes; attribute++) {
          String[] kinds = random.nextInt(5) == 0 ? REQUIRED_BASICS : NULLABLE_BASICS;
          made.attributes.add(String.format(kinds[random.nextInt(kinds.length)], "a" + attribute, 10 + random.nextInt(30)));
        }
        if (entity > 0 && random.nextBoolean()) {
          String target = "E" + random.nextInt(entity);
          made.attributes.add(switch (random.nextInt(3)) {
            case 0 -> "@ManyToOne private " + target + " ref;";
            case 1 -> "@ManyToOne(optional = false) @JoinColumn(name = \"owner_ref\") private " + target + " ref;";
            default -> "@ManyToMany private java.util.Set<" + target + "> refs;";
          });
        }
        entities.add(made);
      }
    }

    private RandomModel(List<Entity> entities) {
      this.entities = entities;
    }

    /**
     * This model after one to three changes a team makes: an attribute added (nullable, since
     * the table may hold rows), renamed with {@code @RenamedFrom}, dropped with its
     * acknowledgement, or indexed; a length widened; a NOT NULL relaxed; an enum switched between
     * ORDINAL and STRING; an entity added.
     */
    RandomModel changed(Random random) {
      RandomModel changed = new RandomModel(new ArrayList<>(entities.stream().map(Entity::copy).toList()));
      int count = 1 + random.nextInt(3);
      for (int change = 0; change < count; change++) {
        changed.change(random, change);
      }
      return changed;
    }

    private void change(Random random, int number) {
      Entity entity = entities.get(random.nextInt(entities.size()));
      List<Integer> simple = new ArrayList<>();
      for (int i = 0; i < entity.attributes.size(); i++) {
        // An indexed column stays as it is: the index names it.
        String field = Entity.field(entity.attributes.get(i));
        if (SIMPLE.matcher(entity.attributes.get(i)).matches()
            && entity.annotations.stream().noneMatch(annotation -> annotation.contains("\"" + field + "\""))) {
          simple.add(i);
        }
      }
      switch (random.nextInt(8)) {
        case 0 -> {
          String attribute = String.format(NULLABLE_BASICS[random.nextInt(NULLABLE_BASICS.length)], "b" + number,
              10 + random.nextInt(30));
          entity.attributes.add(attribute);
          changes.add("added to " + entity.name + ": " + attribute);
        }
        case 1 -> {
          if (!simple.isEmpty()) {
            int at = simple.get(random.nextInt(simple.size()));
            String old = Entity.field(entity.attributes.get(at));
            entity.attributes.set(at, "@dev.tidemark.annotations.RenamedFrom(\"" + old + "\") "
                + entity.attributes.get(at).replace(" " + old + ";", " renamed" + number + ";"));
            changes.add("renamed " + entity.name + "." + old + " to renamed" + number);
          }
        }
        case 2 -> {
          if (!simple.isEmpty()) {
            int at = simple.get(random.nextInt(simple.size()));
            String old = Entity.field(entity.attributes.remove(at));
            entity.annotations.add("@dev.tidemark.annotations.Acknowledge(rule = \"TM102\", on = \"" + old
                + "\", reason = \"a random change\")");
            changes.add("dropped " + entity.name + "." + old);
          }
        }
        case 3 -> {
          if (!simple.isEmpty() && entity.annotations.stream().noneMatch(line -> line.startsWith("@Table"))) {
            String column = Entity.field(entity.attributes.get(simple.get(random.nextInt(simple.size()))));
            entity.annotations.add("@Table(indexes = @Index(columnList = \"" + column + "\"))");
            changes.add("indexed " + entity.name + "." + column);
          }
        }
        case 4 -> replaceFirst(entity, "length = (\\d+)\\) private String", length -> "length = "
            + (Integer.parseInt(length) + 10) + ") private String", "widened a string of ");
        case 5 -> replaceFirst(entity, "@Column\\(nullable = false, (length = \\d+)\\)", length -> "@Column(" + length + ")",
            "relaxed a NOT NULL of ");
        case 6 -> replaceFirst(entity, "@Enumerated(\\(EnumType.STRING\\))? private Shade", string -> string == null
            ? "@Enumerated(EnumType.STRING) private Shade" : "@Enumerated private Shade", "switched an enum of ");
        default -> {
          Entity added = new Entity("E" + entities.size(), IDS[random.nextInt(IDS.length)]);
          added.attributes.add(String.format(NULLABLE_BASICS[random.nextInt(NULLABLE_BASICS.length)], "a0", 20));
          added.attributes.add("@ManyToOne private " + entity.name + " ref;");
          entities.add(added);
          changes.add("added entity " + added.name + " referencing " + entity.name);
        }
      }
    }

    /** Rewrites the first match of {@code regex} in an attribute of {@code entity}, given its first group. */
    private void replaceFirst(Entity entity, String regex, java.util.function.Function<String, String> replacement,
        String change) {
      Pattern pattern = Pattern.compile(regex);
      for (int i = 0; i < entity.attributes.size(); i++) {
        Matcher match = pattern.matcher(entity.attributes.get(i));
        if (match.find()) {
          String attribute = entity.attributes.get(i);
          entity.attributes.set(i, attribute.substring(0, match.start()) + replacement.apply(match.group(1))
              + attribute.substring(match.end()));
          changes.add(change + entity.name + "." + Entity.field(attribute));
          return;
        }
      }
    }

    List<String> sources() {
      List<String> sources = new ArrayList<>();
      sources.add("package " + PACKAGE + ";\npublic enum Shade { RED, GREEN, BLUE }\n");
      sources.add("package " + PACKAGE + ";\nimport jakarta.persistence.*;\n"
          + "@Embeddable public class Place { @Column(length = 40) private String town; private Integer floor; }\n");
      entities.forEach(entity -> sources.add(entity.source()));
      return sources;
    }

    List<JavaFileObject> files() {
      return sources().stream().map(source -> JavaFileObjects.forSourceString(className(source), source)).toList();
    }

    List<Class<?>> load(GeneratedClasses classes) throws ClassNotFoundException {
      List<Class<?>> loaded = new ArrayList<>();
      for (String source : sources()) {
        loaded.add(classes.loadClass(className(source)));
      }
      return loaded;
    }

    private static String className(String source) {
      return PACKAGE + "." + source.split("(class|enum) ", 2)[1].split("[ {]", 2)[0];
    }

    /**
     * One row in each table whose entity can have one without another row first, its NOT NULL
     * columns filled and each enum attribute holding BLUE; returns {@code E1.a2=BLUE} per enum.
     */
    List<String> insertRows(DataSource database) {
      List<String> enums = new ArrayList<>();
      for (Entity entity : entities) {
        if (entity.attributes.stream().anyMatch(attribute -> attribute.contains("optional = false"))) {
          continue;
        }
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (!entity.id.contains("IDENTITY")) {
          columns.add("id");
          values.add(entity.id.contains("String") ? "'k1'" : "1");
        }
        for (String attribute : entity.attributes) {
          String field = Entity.field(attribute);
          String value = attribute.contains("private Shade") ? (attribute.contains("STRING") ? "'BLUE'" : "2")
              : attribute.contains("nullable = false") ? "'x'" : attribute.contains("private int ") ? "0"
              : attribute.contains("private boolean ") ? "false" : null;
          if (value != null) {
            columns.add(field);
            values.add(value);
          }
          if (attribute.contains("private Shade")) {
            enums.add(entity.name + "." + field + "=BLUE");
          }
        }
        Sql.execute(database, "insert into " + HibernateOracleTest.SCHEMA + "." + entity.name.toLowerCase(Locale.ROOT)
            + (columns.isEmpty() ? " default values"
            : " (" + String.join(", ", columns) + ") values (" + String.join(", ", values) + ")"));
      }
      return enums;
    }

    /** {@code E1.a2=BLUE} for each enum attribute of this model in a row, ordinals read as their constants. */
    List<String> readRows(DataSource database) {
      List<String> enums = new ArrayList<>();
      for (Entity entity : entities) {
        for (String attribute : entity.attributes) {
          if (attribute.contains("private Shade")) {
            String field = Entity.field(attribute);
            for (String value : Sql.rows(database, "select " + field + " from " + HibernateOracleTest.SCHEMA + "."
                + entity.name.toLowerCase(Locale.ROOT))) {
              enums.add(entity.name + "." + field + "=" + (value.matches("\\d+") ? SHADES.get(Integer.parseInt(value))
                  : value));
            }
          }
        }
      }
      return enums;
    }

    /** The attributes this model still maps by {@code E1.a2}, to keep only the rows both models read. */
    boolean maps(String entityAndField) {
      return entities.stream().anyMatch(entity -> entity.attributes.stream()
          .anyMatch(attribute -> entityAndField.startsWith(entity.name + "." + Entity.field(attribute) + "=")
              && attribute.contains("private Shade")));
    }
  }
}
