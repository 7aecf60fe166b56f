package dev.tidemark.samples.reverse;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;

/**
 * Writes one JPA entity per table of a schema read from PostgreSQL's catalog, so that Hibernate ORM
 * 7 and Tidemark's processor map the entities back to the same tables, columns, keys, constraints,
 * indexes and sequences. What JPA cannot say is left out with a warning rather than guessed.
 *
 * <p>The mapping: a table is an {@code @Entity} named by its singular ({@code trades} ->
 * {@code Trade}) with {@code @Table(name, schema, uniqueConstraints, indexes)}; every column a
 * boxed field with an explicit {@code @Column(name)}; the primary key {@code @Id} (several columns:
 * {@code @IdClass}); an identity column {@code @GeneratedValue(IDENTITY)}; a key drawn from a
 * sequence named after its table ({@code trades_seq}, {@code instrument_id_seq})
 * {@code @GeneratedValue(SEQUENCE)} with its {@code @SequenceGenerator}; a foreign key of one
 * column to another table's key a {@code @ManyToOne} with {@code @JoinColumn}; a
 * {@code <table>_<column>_check} that lists strings (Hibernate's own check for an enum) an enum
 * with {@code @Enumerated(STRING)}; other checks Hibernate's {@code @Check}; defaults
 * {@code @ColumnDefault}; comments {@code @Comment}.
 */
final class EntityGenerator {

  /** The entities and what could not be mapped. */
  record Result(List<JavaFile> files, List<String> warnings) {}

  private static final String JPA = "jakarta.persistence";
  private static final String HIBERNATE = "org.hibernate.annotations";
  private static final Pattern STRING_CHECK =
      Pattern.compile("\\(\\((\\w+)\\)::text = ANY \\(\\(ARRAY\\[(.+)]\\)::text\\[]\\)\\)");
  private static final Pattern STRING_VALUE = Pattern.compile("'([A-Za-z_][A-Za-z0-9_]*)'::character varying");

  private final Schema schema;
  private final String packageName;
  private final List<String> warnings = new ArrayList<>();
  private final Map<String, ClassName> entities = new LinkedHashMap<>();
  private final Set<String> claimedSequences = new HashSet<>();

  private EntityGenerator(Schema schema, String packageName) {
    this.schema = schema;
    this.packageName = packageName;
  }

  static Result generate(Schema schema, String packageName) {
    return new EntityGenerator(schema, packageName).generate();
  }

  private Result generate() {
    List<Table> mappable = new ArrayList<>();
    for (Table table : schema.tables()) {
      List<String> unmapped = table.columns().stream()
          .filter(column -> ColumnMapping.of(column.type()).isEmpty())
          .map(column -> column.name() + " " + column.type())
          .toList();
      if (table.primaryKey() == null) {
        warnings.add("table " + table.name() + " has no primary key, which an entity needs; skipped");
      } else if (!unmapped.isEmpty()) {
        warnings.add("table " + table.name() + " has columns of types the generator does not map yet, "
            + unmapped + "; skipped");
      } else {
        mappable.add(table);
        entities.put(table.name(), ClassName.get(packageName, uniqueClassName(table.name())));
      }
    }
    List<JavaFile> files = new ArrayList<>();
    for (Table table : mappable) {
      files.addAll(entity(table));
    }
    schema.sequences().stream()
        .filter(sequence -> !claimedSequences.contains(sequence.name()))
        .forEach(sequence -> warnings.add("sequence " + sequence.name() + " is not named after a table's key;"
            + " add @SequenceGenerator(sequenceName = \"" + sequence.name() + "\") where your code draws from it"));
    return new Result(files, List.copyOf(warnings));
  }

  private List<JavaFile> entity(Table table) {
    ClassName entity = entities.get(table.name());
    TypeSpec.Builder type = TypeSpec.classBuilder(entity)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Table {@code $L.$L}, as reverse engineered from the database; yours to edit from here.\n",
            schema.name(), table.name())
        .addAnnotation(jpa("Entity"))
        .addAnnotation(tableAnnotation(table));
    if (table.comment() != null) {
      type.addAnnotation(hibernate("Comment", table.comment()));
    }
    Map<String, ForeignKey> associations = associations(table);
    Set<String> enumChecks = new HashSet<>();
    List<String> primaryKey = table.primaryKey().columns();
    Set<String> fieldNames = new HashSet<>();
    List<FieldSpec> keyFields = new ArrayList<>();
    for (Column column : table.columns()) {
      ForeignKey association = associations.get(column.name());
      String fieldName = uniqueName(fieldNames, association != null && column.name().endsWith("_id")
          ? camel(column.name().substring(0, column.name().length() - 3), false) : camel(column.name(), false));
      FieldSpec field;
      if (association != null) {
        field = associationField(fieldName, column, association);
      } else {
        ColumnMapping mapping = ColumnMapping.of(column.type()).orElseThrow();
        Optional<List<String>> enumValues = enumValues(table, column);
        TypeName fieldType = mapping.javaType();
        if (enumValues.isPresent()) {
          enumChecks.add(PostgresNames.columnCheckName(table.name(), column.name()));
          TypeSpec.Builder values = TypeSpec.enumBuilder(camel(column.name(), true)).addModifiers(Modifier.PUBLIC);
          enumValues.get().forEach(values::addEnumConstant);
          TypeSpec enumType = values.build();
          type.addType(enumType);
          fieldType = entity.nestedClass(enumType.name());
        }
        FieldSpec.Builder builder = FieldSpec.builder(fieldType, fieldName, Modifier.PRIVATE);
        if (primaryKey.contains(column.name())) {
          builder.addAnnotation(jpa("Id"));
          if (primaryKey.size() == 1) {
            generatedValue(table, column, builder);
          }
        }
        if (enumValues.isPresent()) {
          builder.addAnnotation(AnnotationSpec.builder(jpaName("Enumerated"))
              .addMember("value", "$T.STRING", jpaName("EnumType")).build());
        }
        builder.addAnnotation(columnAnnotation(column, mapping));
        mapping.jdbcTypeCodeAnnotation().ifPresent(builder::addAnnotation);
        columnExtras(column, builder);
        field = builder.build();
      }
      if (primaryKey.contains(column.name())) {
        keyFields.add(FieldSpec.builder(field.type(), field.name(), Modifier.PRIVATE).build());
      }
      type.addField(field);
      addAccessors(type, field);
    }
    List<JavaFile> files = new ArrayList<>();
    if (primaryKey.size() > 1) {
      ClassName idClass = ClassName.get(packageName, entity.simpleName() + "Id");
      type.addAnnotation(AnnotationSpec.builder(jpaName("IdClass")).addMember("value", "$T.class", idClass).build());
      files.add(file(idClassOf(idClass, table, keyFields)));
    }
    for (CheckConstraint check : table.checks()) {
      if (!enumChecks.contains(check.name())) {
        type.addAnnotation(AnnotationSpec.builder(ClassName.get(HIBERNATE, "Check"))
            .addMember("name", "$S", check.name())
            .addMember("constraints", "$S", check.expression())
            .build());
      }
    }
    if (table.checks().size() - enumChecks.size() > 1) {
      warnings.add("table " + table.name() + " has several checks that are not enums; Tidemark's processor reads"
          + " one @Check per class today");
    }
    files.add(0, file(type.build()));
    return files;
  }

  /** Foreign keys JPA can say as a {@code @ManyToOne}, by their column; the others are reported. */
  private Map<String, ForeignKey> associations(Table table) {
    Map<String, ForeignKey> byColumn = new LinkedHashMap<>();
    for (ForeignKey key : table.foreignKeys()) {
      Optional<Table> target = schema.table(key.referencedTable()).filter(found -> entities.containsKey(found.name()));
      boolean mappable = key.columns().size() == 1
          && !table.primaryKey().columns().contains(key.columns().get(0))
          && target.isPresent()
          && target.get().primaryKey().columns().equals(key.referencedColumns())
          && target.get().column(key.referencedColumns().get(0)).map(Column::type)
              .equals(table.column(key.columns().get(0)).map(Column::type))
          && key.onUpdate() == ForeignKey.Action.NO_ACTION
          && (key.onDelete() == ForeignKey.Action.NO_ACTION || key.onDelete() == ForeignKey.Action.CASCADE);
      if (mappable) {
        byColumn.put(key.columns().get(0), key);
      } else {
        warnings.add("foreign key " + table.name() + "." + key.name() + " is not a single-column reference to"
            + " another table's primary key with JPA's actions; its columns are mapped as plain values without it");
      }
    }
    return byColumn;
  }

  private FieldSpec associationField(String fieldName, Column column, ForeignKey key) {
    FieldSpec.Builder field = FieldSpec.builder(entities.get(key.referencedTable()), fieldName, Modifier.PRIVATE)
        .addAnnotation(AnnotationSpec.builder(jpaName("ManyToOne"))
            .addMember("fetch", "$T.LAZY", jpaName("FetchType")).build());
    AnnotationSpec.Builder joinColumn = AnnotationSpec.builder(jpaName("JoinColumn"))
        .addMember("name", "$S", column.name());
    if (!column.nullable()) {
      joinColumn.addMember("nullable", "false");
    }
    joinColumn.addMember("foreignKey", "$L", AnnotationSpec.builder(jpaName("ForeignKey"))
        .addMember("name", "$S", key.name()).build());
    field.addAnnotation(joinColumn.build());
    if (key.onDelete() == ForeignKey.Action.CASCADE) {
      field.addAnnotation(AnnotationSpec.builder(ClassName.get(HIBERNATE, "OnDelete"))
          .addMember("action", "$T.CASCADE", ClassName.get(HIBERNATE, "OnDeleteAction")).build());
    }
    columnExtras(column, field);
    return field.build();
  }

  private void generatedValue(Table table, Column column, FieldSpec.Builder field) {
    if (column.identity()) {
      field.addAnnotation(AnnotationSpec.builder(jpaName("GeneratedValue"))
          .addMember("strategy", "$T.IDENTITY", jpaName("GenerationType")).build());
      return;
    }
    String singular = singular(table.name());
    List<String> candidates = List.of(table.name() + "_seq", table.name() + "_" + column.name() + "_seq",
        singular + "_" + column.name() + "_seq", singular + "_seq");
    Optional<Sequence> sequence = candidates.stream()
        .flatMap(name -> schema.sequence(name).stream())
        .filter(found -> !claimedSequences.contains(found.name()))
        .findFirst();
    if (sequence.isEmpty() || !List.of("bigint", "integer").contains(column.type())) {
      return;
    }
    Sequence found = sequence.get();
    claimedSequences.add(found.name());
    field.addAnnotation(AnnotationSpec.builder(jpaName("GeneratedValue"))
        .addMember("strategy", "$T.SEQUENCE", jpaName("GenerationType"))
        .addMember("generator", "$S", found.name())
        .build());
    // Hibernate puts a generator's sequence in the default schema unless the generator names one.
    AnnotationSpec.Builder generator = AnnotationSpec.builder(jpaName("SequenceGenerator"))
        .addMember("name", "$S", found.name())
        .addMember("sequenceName", "$S", found.name())
        .addMember("schema", "$S", schema.name());
    if (found.start() != 1) {
      generator.addMember("initialValue", "$L", Math.toIntExact(found.start()));
    }
    field.addAnnotation(generator.addMember("allocationSize", "$L", Math.toIntExact(found.increment())).build());
  }

  /** The values of Hibernate's check for an enum stored as text, when {@code column} has one. */
  private static Optional<List<String>> enumValues(Table table, Column column) {
    String name = PostgresNames.columnCheckName(table.name(), column.name());
    return table.checks().stream()
        .filter(check -> check.name().equals(name) && column.type().startsWith("character varying("))
        .findFirst()
        .flatMap(check -> {
          Matcher shape = STRING_CHECK.matcher(check.expression());
          if (!shape.matches() || !shape.group(1).equals(column.name())) {
            return Optional.empty();
          }
          List<String> values = new ArrayList<>();
          Matcher value = STRING_VALUE.matcher(shape.group(2));
          int end = 0;
          while (value.find() && value.start() == end) {
            values.add(value.group(1));
            end = value.end() + (value.end() < shape.group(2).length() ? 2 : 0);
          }
          return end == shape.group(2).length() ? Optional.of(values) : Optional.empty();
        });
  }

  private AnnotationSpec tableAnnotation(Table table) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(jpaName("Table"))
        .addMember("name", "$S", table.name())
        .addMember("schema", "$S", schema.name());
    for (UniqueConstraint unique : table.uniques()) {
      annotation.addMember("uniqueConstraints", "$L", AnnotationSpec.builder(jpaName("UniqueConstraint"))
          .addMember("name", "$S", unique.name())
          .addMember("columnNames", "$L", stringArray(unique.columns()))
          .build());
    }
    for (Index index : table.indexes()) {
      AnnotationSpec.Builder indexAnnotation = AnnotationSpec.builder(jpaName("Index"))
          .addMember("name", "$S", index.name())
          .addMember("columnList", "$S", index.keys().stream()
              .map(key -> key.column() + (key.descending() ? " desc" : ""))
              .collect(Collectors.joining(", ")));
      if (index.unique()) {
        indexAnnotation.addMember("unique", "true");
        warnings.add("unique index " + index.name() + " becomes a unique constraint, as Hibernate maps"
            + " @Index(unique = true)");
      }
      annotation.addMember("indexes", "$L", indexAnnotation.build());
    }
    return annotation.build();
  }

  private static AnnotationSpec columnAnnotation(Column column, ColumnMapping mapping) {
    AnnotationSpec.Builder annotation = AnnotationSpec.builder(jpaName("Column"))
        .addMember("name", "$S", column.name());
    if (!column.nullable()) {
      annotation.addMember("nullable", "false");
    }
    if (mapping.length() > 0) {
      annotation.addMember("length", "$L", mapping.length());
    }
    if (mapping.precision() > 0) {
      annotation.addMember("precision", "$L", mapping.precision());
      annotation.addMember("scale", "$L", mapping.scale());
    }
    if (mapping.columnDefinition() != null) {
      annotation.addMember("columnDefinition", "$S", mapping.columnDefinition());
    }
    return annotation.build();
  }

  private static void columnExtras(Column column, FieldSpec.Builder field) {
    if (column.defaultValue() != null) {
      field.addAnnotation(hibernate("ColumnDefault", column.defaultValue()));
    }
    if (column.comment() != null) {
      field.addAnnotation(hibernate("Comment", column.comment()));
    }
  }

  private TypeSpec idClassOf(ClassName idClass, Table table, List<FieldSpec> keyFields) {
    TypeSpec.Builder type = TypeSpec.classBuilder(idClass)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(Serializable.class)
        .addJavadoc("The primary key of {@code $L.$L}.\n", schema.name(), table.name());
    String names = keyFields.stream().map(FieldSpec::name).collect(Collectors.joining(", "));
    CodeBlock.Builder equal = CodeBlock.builder().add("return other instanceof $T key", idClass);
    for (FieldSpec field : keyFields) {
      type.addField(field);
      addAccessors(type, field);
      equal.add("\n    && $T.equals($N, key.$N)", Objects.class, field, field);
    }
    type.addMethod(MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(Object.class, "other")
        .addStatement(equal.build())
        .build());
    type.addMethod(MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(TypeName.INT)
        .addStatement("return $T.hash($L)", Objects.class, names)
        .build());
    return type.build();
  }

  private static void addAccessors(TypeSpec.Builder type, FieldSpec field) {
    String property = Character.toUpperCase(field.name().charAt(0)) + field.name().substring(1);
    type.addMethod(MethodSpec.methodBuilder("get" + property)
        .addModifiers(Modifier.PUBLIC)
        .returns(field.type())
        .addStatement("return $N", field)
        .build());
    type.addMethod(MethodSpec.methodBuilder("set" + property)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(field.type(), field.name())
        .addStatement("this.$N = $N", field, field)
        .build());
  }

  private JavaFile file(TypeSpec type) {
    return JavaFile.builder(packageName, type)
        .addFileComment("Reverse engineered by Tidemark from schema $L; edit it as your own code.", schema.name())
        .skipJavaLangImports(true)
        .build();
  }

  private String uniqueClassName(String table) {
    String name = camel(singular(table), true);
    return entities.values().stream().anyMatch(taken -> taken.simpleName().equals(name)) ? camel(table, true) : name;
  }

  private static String uniqueName(Set<String> taken, String wanted) {
    String name = SourceVersion.isKeyword(wanted) ? wanted + "Value" : wanted;
    while (!taken.add(name)) {
      name = name + "_";
    }
    return name;
  }

  /** {@code trades} -> {@code trade}, {@code currencies} -> {@code currency}; {@code status} stays. */
  static String singular(String name) {
    if (name.endsWith("ies")) {
      return name.substring(0, name.length() - 3) + "y";
    }
    if (name.matches(".*(ss|us|is)$")) {
      return name;
    }
    if (name.matches(".*(ses|xes|ches|shes)$")) {
      return name.substring(0, name.length() - 2);
    }
    return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
  }

  /** {@code base_currency} -> {@code baseCurrency}, or {@code BaseCurrency} for a type. */
  static String camel(String name, boolean type) {
    StringBuilder camel = new StringBuilder();
    for (String word : name.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        camel.append(camel.length() == 0 && !type ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
      }
    }
    if (camel.length() == 0 || !Character.isJavaIdentifierStart(camel.charAt(0))) {
      camel.insert(0, type ? "T" : "c");
    }
    return camel.toString();
  }

  private static CodeBlock stringArray(List<String> values) {
    return values.stream().map(value -> CodeBlock.of("$S", value)).collect(CodeBlock.joining(", ", "{", "}"));
  }

  private static AnnotationSpec jpa(String simpleName) {
    return AnnotationSpec.builder(jpaName(simpleName)).build();
  }

  private static ClassName jpaName(String simpleName) {
    return ClassName.get(JPA, simpleName);
  }

  private static AnnotationSpec hibernate(String simpleName, String value) {
    return AnnotationSpec.builder(ClassName.get(HIBERNATE, simpleName)).addMember("value", "$S", value).build();
  }
}
