package dev.tidemark.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tidemark.processor.ledger.LedgerRevision;
import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.operation.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.annotation.processing.Generated;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Generates the Java sources of one schema: a class per revision and the schema's catalog. */
public final class MigrationWriter {

  private static final String PROCESSOR = "dev.tidemark.processor.TidemarkProcessor";
  private static final String OPERATIONS = "ops";
  private static final String POSITION = "position";

  /**
   * Source characters of operations per method. Generated statements compile to less bytecode than
   * their source length, so a part stays well under the JVM's 64 KB per method.
   */
  private static final int PART_SIZE = 20_000;

  private final String schema;
  private final String packageName;
  private final List<TypeElement> entities;
  /** Each revision's identity, whose checksum hashes every operation: once for its class and its catalog entry. */
  private final Map<LedgerRevision, Revision> identities = new IdentityHashMap<>();

  /**
   * @param basePackage the package under which each schema gets a package of its own
   * @param entities the entities the sources derive from, so incremental builds know what to redo
   */
  public MigrationWriter(String schema, String basePackage, Collection<TypeElement> entities) {
    this.schema = schema;
    this.packageName = basePackage + "." + packageSegment(schema);
    this.entities = entities.stream()
        .sorted(Comparator.comparing(entity -> entity.getQualifiedName().toString()))
        .toList();
  }

  public ClassName className(LedgerRevision revision) {
    return ClassName.get(packageName, "V" + revision.id().substring(0, 4) + "_" + upperCamel(revision.name()));
  }

  public ClassName catalogName() {
    return ClassName.get(packageName, upperCamel(schema) + "Catalog");
  }

  public JavaFile migration(LedgerRevision revision) {
    Revision identity = identity(revision);
    List<Direction> directions = revision.manual() != null ? manualDirections(revision)
        : revision.script() != null ? scriptDirections(revision)
        : List.of(direction("upgrade", operationCode(revision.upgrade(), OPERATIONS)),
            direction("downgrade", operationCode(revision.downgrade(), OPERATIONS)));
    ClassName name = className(revision);
    FieldSpec revisionField = FieldSpec.builder(Revision.class, "REVISION", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(revisionIdentity(identity))
        .build();
    TypeSpec type = TypeSpec.classBuilder(name)
        .addJavadoc("Revision {@code $L} of schema {@code $L}: $L.\n", identity.id(), schema, identity.description())
        .addAnnotation(generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(Migration.class)
        .addField(revisionField)
        .addMethod(MethodSpec.methodBuilder("revision")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Revision.class)
            .addStatement("return $N", revisionField)
            .build())
        .addMethods(directions.stream().map(Direction::method).toList())
        .addMethods(acknowledgements(revision.acknowledgementsAtBoot()).stream().toList())
        .addTypes(directions.stream().flatMap(direction -> direction.parts().stream()).toList())
        .build();
    return javaFile(type, revision.id() + ".json",
        directions.stream().map(Direction::code).collect(Collectors.joining()));
  }

  /**
   * The catalog: every revision's identity as data, so a boot with nothing pending loads no
   * migration class, and each migration instantiated on demand; {@code referencedSchemas} are the
   * schemas its foreign keys reference.
   */
  public JavaFile catalog(List<LedgerRevision> revisions, Set<String> referencedSchemas) {
    CodeBlock.Builder list = CodeBlock.builder().add("$[return $T.of(", List.class);
    CodeBlock.Builder identityList = CodeBlock.builder().add("$[return $T.of(", List.class);
    CodeBlock.Builder positions = CodeBlock.builder().beginControlFlow("return switch ($N)", POSITION);
    for (int i = 0; i < revisions.size(); i++) {
      ClassName migration = className(revisions.get(i));
      list.add(i == 0 ? "\n" : ",\n").add("new $T()", migration);
      identityList.add(i == 0 ? "\n" : ",\n").add(revisionIdentity(identity(revisions.get(i))));
      positions.addStatement("case $L -> new $T()", i, migration);
    }
    CodeBlock body = list.add(");\n$]").build();
    positions.addStatement("default -> throw new $T($N)", IndexOutOfBoundsException.class, POSITION)
        .unindent().add("};\n");
    TypeSpec.Builder type = TypeSpec.classBuilder(catalogName())
        .addJavadoc("The revisions of schema {@code $L}, first to last.\n", schema)
        .addAnnotation(generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(MigrationCatalog.class)
        .addMethod(MethodSpec.methodBuilder("schema")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S", schema)
            .build())
        .addMethod(MethodSpec.methodBuilder("migrations")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(List.class, Migration.class))
            .addCode(body)
            .build())
        .addMethod(MethodSpec.methodBuilder("revisions")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(List.class, Revision.class))
            .addCode(identityList.add(");\n$]").build())
            .build())
        .addMethod(MethodSpec.methodBuilder("migration")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(Migration.class)
            .addParameter(int.class, POSITION)
            .addCode(positions.build())
            .build());
    if (!referencedSchemas.isEmpty()) {
      CodeBlock schemas = referencedSchemas.stream().sorted().map(name -> CodeBlock.of("$S", name))
          .collect(CodeBlock.joining(", "));
      type.addMethod(MethodSpec.methodBuilder("referencedSchemas")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(ParameterizedTypeName.get(Set.class, String.class))
          .addStatement("return $T.of($L)", Set.class, schemas)
          .build());
    }
    return javaFile(type.build(), "", "");
  }

  private Revision identity(LedgerRevision revision) {
    return identities.computeIfAbsent(revision, LedgerRevision::revision);
  }

  /** {@code Revision.frozen(...)} or {@code Revision.draft(...)}, as the migration class and the catalog both state it. */
  private static CodeBlock revisionIdentity(Revision identity) {
    return CodeBlock.of("$T.$N($S,$W$S,$W$S,$W$S)", Revision.class, identity.draft() ? "draft" : "frozen",
        identity.id(), identity.parent(), identity.description(), identity.checksum());
  }

  /**
   * The method of one direction, the nested classes it delegates to when its operations do not
   * fit one method, and the source of its statements, where the factories they call show.
   */
  private record Direction(MethodSpec method, List<TypeSpec> parts, String code) {}

  /** The override of {@link Migration#acknowledgements()}, one factory call per risk; none when it accepts none. */
  private static Optional<MethodSpec> acknowledgements(List<Acknowledgement> acknowledgements) {
    if (acknowledgements.isEmpty()) {
      return Optional.empty();
    }
    CodeBlock.Builder list = CodeBlock.builder().add("$[return $T.of(", List.class);
    for (int i = 0; i < acknowledgements.size(); i++) {
      Acknowledgement acknowledgement = acknowledgements.get(i);
      list.add(i == 0 ? "\n" : ",\n");
      if (acknowledgement.part() == null) {
        list.add("$T.onTable($S, $S,$W$S)", Acknowledgement.class, acknowledgement.rule(), acknowledgement.table(),
            acknowledgement.reason());
      } else {
        list.add("$T.onPart($S, $S, $S,$W$S)", Acknowledgement.class, acknowledgement.rule(), acknowledgement.table(),
            acknowledgement.part(), acknowledgement.reason());
      }
    }
    return Optional.of(MethodSpec.methodBuilder("acknowledgements")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(List.class, Acknowledgement.class))
        .addCode(list.add(");\n$]").build())
        .build());
  }

  /** A manual revision's directions: each runs the hand-written class's method as a JDBC step. */
  private static List<Direction> manualDirections(LedgerRevision revision) {
    ClassName manual = ClassName.bestGuess(revision.manual().className());
    return List.of("upgrade", "downgrade").stream()
        .map(direction -> new Direction(directionMethod(direction)
            .addStatement("$N.run($S, new $T()::$N)", OPERATIONS, revision.id() + "." + direction, manual, direction)
            .build(), List.of(), ""))
        .toList();
  }

  /**
   * An SQL revision's directions: each statement of its file as written, then, model-only, what
   * they leave (a baseline's schema); a revision without a down script has an empty downgrade.
   */
  private static List<Direction> scriptDirections(LedgerRevision revision) {
    String modelOnly = OPERATIONS + ".modelOnly()";
    List<CodeBlock> upgrade = new ArrayList<>(sqlCode(revision.script().upgradeStatements()));
    upgrade.addAll(operationCode(revision.upgrade(), modelOnly));
    List<CodeBlock> downgrade = new ArrayList<>();
    if (revision.script().downgrade() != null) {
      downgrade.addAll(sqlCode(revision.script().downgradeStatements()));
      downgrade.addAll(operationCode(revision.downgrade(), modelOnly));
    }
    return List.of(direction("upgrade", upgrade), direction("downgrade", downgrade));
  }

  private static List<CodeBlock> sqlCode(List<String> statements) {
    return statements.stream()
        .map(statement -> CodeBlock.builder().addStatement("$N.sql($S)", OPERATIONS, statement).build())
        .toList();
  }

  /** One statement per operation, written on {@code operations} (the parameter, or its model-only view). */
  private static List<CodeBlock> operationCode(List<Operation> operations, String on) {
    OperationCode code = new OperationCode(on);
    return operations.stream().map(operation -> operation.accept(code)).toList();
  }

  /**
   * The statements, in the method itself while they fit one method; beyond that, in nested classes
   * of at most {@link #PART_SIZE} characters each, called in order. Each part is a class of its own
   * so that it also has its own constant pool: a revision of thousands of tables has more distinct
   * names than one class file can hold.
   */
  private static Direction direction(String name, List<CodeBlock> statements) {
    // Each statement's source, written once: its length places it in a part, its text tells the static imports.
    List<String> sources = statements.stream().map(CodeBlock::toString).toList();
    String code = String.join("", sources);
    List<List<CodeBlock>> parts = partition(statements, sources);
    MethodSpec.Builder method = directionMethod(name);
    if (parts.size() <= 1) {
      parts.forEach(part -> part.forEach(method::addCode));
      return new Direction(method.build(), List.of(), code);
    }
    List<TypeSpec> classes = new ArrayList<>();
    int first = 1;
    for (List<CodeBlock> part : parts) {
      String partName = upperCamel(name) + "Part" + (classes.size() + 1);
      MethodSpec.Builder apply = MethodSpec.methodBuilder("apply")
          .addModifiers(Modifier.STATIC)
          .addParameter(Operations.class, OPERATIONS);
      part.forEach(apply::addCode);
      classes.add(TypeSpec.classBuilder(partName)
          .addJavadoc("Operations $L to $L of the $L.\n", first, first + part.size() - 1, name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addMethod(apply.build())
          .build());
      method.addStatement("$N.apply($N)", partName, OPERATIONS);
      first += part.size();
    }
    return new Direction(method.build(), classes, code);
  }

  /** Consecutive statements in parts of at most {@link #PART_SIZE} characters (a longer statement alone). */
  private static List<List<CodeBlock>> partition(List<CodeBlock> statements, List<String> sources) {
    List<List<CodeBlock>> parts = new ArrayList<>();
    List<CodeBlock> part = new ArrayList<>();
    int size = 0;
    for (int i = 0; i < statements.size(); i++) {
      CodeBlock statement = statements.get(i);
      int length = sources.get(i).length();
      if (!part.isEmpty() && size + length > PART_SIZE) {
        parts.add(part);
        part = new ArrayList<>();
        size = 0;
      }
      part.add(statement);
      size += length;
    }
    if (!part.isEmpty()) {
      parts.add(part);
    }
    return parts;
  }

  private static MethodSpec.Builder directionMethod(String name) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Operations.class, OPERATIONS);
  }

  /** {@code code}: the source of the type's statements, which alone call the table-part factories. */
  private JavaFile javaFile(TypeSpec type, String ledgerFile, String code) {
    TypeSpec.Builder withOrigins = type.toBuilder();
    entities.forEach(withOrigins::addOriginatingElement);
    JavaFile.Builder file = JavaFile.builder(packageName, withOrigins.build())
        .addFileComment("Generated by Tidemark from the ledger of schema $L$L. Do not edit.",
            schema, ledgerFile.isEmpty() ? "" : " (" + schema + "/" + ledgerFile + ")")
        .skipJavaLangImports(true);
    // Static imports for the table-part factories the code calls, and only those, so none is unused.
    OperationCode.FACTORIES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(ClassName::canonicalName)))
        .forEach(factories -> factories.getValue().stream()
            .filter(factory -> code.contains(factories.getKey().canonicalName() + "." + factory + "("))
            .forEach(factory -> file.addStaticImport(factories.getKey(), factory)));
    return file.build();
  }

  private static AnnotationSpec generated() {
    return AnnotationSpec.builder(Generated.class).addMember("value", "$S", PROCESSOR).build();
  }

  /** {@code add_trade_venue} as {@code AddTradeVenue}. */
  static String upperCamel(String snake) {
    StringBuilder camel = new StringBuilder();
    for (String word : snake.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    String name = camel.toString();
    return name.isEmpty() || !Character.isJavaIdentifierStart(name.charAt(0)) ? "S" + name : name;
  }

  /** A schema name as a package name segment: {@code public} becomes {@code public_}. */
  static String packageSegment(String schema) {
    String segment = schema.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    if (!Character.isJavaIdentifierStart(segment.charAt(0))) {
      segment = "_" + segment;
    }
    return SourceVersion.isKeyword(segment) ? segment + "_" : segment;
  }
}
