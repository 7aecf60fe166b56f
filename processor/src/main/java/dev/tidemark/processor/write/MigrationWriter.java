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
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.operation.Operation;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import javax.annotation.processing.Generated;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/** Generates the Java sources of one schema: a class per revision and the schema's catalog. */
public final class MigrationWriter {

  private static final String PROCESSOR = "dev.tidemark.processor.TidemarkProcessor";
  private static final String OPERATIONS = "ops";

  private final String schema;
  private final String packageName;
  private final List<TypeElement> entities;

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
    Revision identity = revision.revision();
    ClassName name = className(revision);
    FieldSpec revisionField = FieldSpec.builder(Revision.class, "REVISION", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.$N($S,$W$S,$W$S,$W$S)", Revision.class, identity.draft() ? "draft" : "frozen",
            identity.id(), identity.parent(), identity.description(), identity.checksum())
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
        .addMethods(revision.manual() == null
            ? List.of(operationsMethod("upgrade", revision.upgrade()), operationsMethod("downgrade", revision.downgrade()))
            : manualMethods(revision))
        .build();
    return javaFile(type, revision.id() + ".json");
  }

  public JavaFile catalog(List<LedgerRevision> revisions) {
    CodeBlock.Builder list = CodeBlock.builder().add("$[return $T.of(", List.class);
    for (int i = 0; i < revisions.size(); i++) {
      list.add(i == 0 ? "\n" : ",\n").add("new $T()", className(revisions.get(i)));
    }
    CodeBlock body = list.add(");\n$]").build();
    TypeSpec type = TypeSpec.classBuilder(catalogName())
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
        .build();
    return javaFile(type, "");
  }

  /** A manual revision's methods: each direction runs the hand-written class's method as a JDBC step. */
  private static List<MethodSpec> manualMethods(LedgerRevision revision) {
    ClassName manual = ClassName.bestGuess(revision.manual().className());
    return List.of("upgrade", "downgrade").stream()
        .map(direction -> MethodSpec.methodBuilder(direction)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(Operations.class, OPERATIONS)
            .addStatement("$N.run($S, new $T()::$N)", OPERATIONS, revision.id() + "." + direction, manual, direction)
            .build())
        .toList();
  }

  private static MethodSpec operationsMethod(String name, List<Operation> operations) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .addParameter(Operations.class, OPERATIONS);
    OperationCode code = new OperationCode(OPERATIONS);
    operations.forEach(operation -> method.addCode(operation.accept(code)));
    return method.build();
  }

  private JavaFile javaFile(TypeSpec type, String ledgerFile) {
    TypeSpec.Builder withOrigins = type.toBuilder();
    entities.forEach(withOrigins::addOriginatingElement);
    JavaFile.Builder file = JavaFile.builder(packageName, withOrigins.build())
        .addFileComment("Generated by Tidemark from the ledger of schema $L$L. Do not edit.",
            schema, ledgerFile.isEmpty() ? "" : " (" + schema + "/" + ledgerFile + ")")
        .skipJavaLangImports(true);
    // Static imports for the table-part factories the code calls, and only those, so none is unused.
    String code = type.toString();
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
