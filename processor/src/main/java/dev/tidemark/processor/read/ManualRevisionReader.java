package dev.tidemark.processor.read;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import dev.tidemark.runtime.json.CanonicalJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads the classes annotated {@code @ManualRevision}, checking each can be run as a revision. */
public final class ManualRevisionReader {

  /** The annotation that marks manual revisions. */
  public static final String MANUAL_REVISION = "dev.tidemark.annotations.ManualRevision";

  private static final String MANUAL_MIGRATION = "dev.tidemark.runtime.ManualMigration";
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,59}");

  private final ProcessingEnvironment environment;
  private final Elements elements;
  private final Types types;
  private final Reporter reporter;
  private final Naming naming;
  private final String defaultSchema;

  public ManualRevisionReader(ProcessingEnvironment environment, Reporter reporter, String defaultSchema, Naming naming) {
    this.environment = environment;
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.reporter = reporter;
    this.naming = naming;
    this.defaultSchema = naming.storedSchema(defaultSchema);
  }

  public List<ManualDeclaration> read(Collection<TypeElement> classes) {
    List<ManualDeclaration> declarations = new ArrayList<>();
    classes.stream()
        .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
        .forEach(type -> read(type).ifPresent(declarations::add));
    return declarations;
  }

  private Optional<ManualDeclaration> read(TypeElement type) {
    AnnotationValues annotation = AnnotationValues.find(type, MANUAL_REVISION, elements).orElseThrow();
    String name = annotation.string("name");
    String where = type.getSimpleName().toString();
    TypeMirror manualMigration = elements.getTypeElement(MANUAL_MIGRATION).asType();
    List<String> problems = new ArrayList<>();
    if (!NAME.matcher(name).matches()) {
      problems.add("name '" + name + "' must be lower-case letters, digits and underscores, starting with a letter");
    }
    if (!type.getModifiers().contains(Modifier.PUBLIC) || type.getModifiers().contains(Modifier.ABSTRACT)) {
      problems.add("it must be a public, concrete class");
    }
    if (!types.isAssignable(type.asType(), manualMigration)) {
      problems.add("it must implement " + MANUAL_MIGRATION);
    }
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    if (constructors.stream().noneMatch(constructor -> constructor.getParameters().isEmpty()
        && constructor.getModifiers().contains(Modifier.PUBLIC))) {
      problems.add("it needs a public constructor without parameters");
    }
    Optional<String> source = sourceChecksum(type);
    if (source.isEmpty()) {
      problems.add("its source cannot be read to checksum it; Tidemark needs javac for manual revisions");
    }
    if (!problems.isEmpty()) {
      reporter.error(type, annotation.mirror(), Diagnostic.MANUAL_INVALID, where, String.join("; ", problems));
      return Optional.empty();
    }
    String schema = annotation.string("schema").isBlank() ? defaultSchema
        : naming.storedSchema(annotation.string("schema"));
    return Optional.of(new ManualDeclaration(schema, name, annotation.string("after"),
        type.getQualifiedName().toString(), source.get(), type));
  }

  /** The SHA-256 of the class's source file, with line ends normalised so every OS agrees. */
  private Optional<String> sourceChecksum(TypeElement type) {
    try {
      TreePath path = Trees.instance(environment).getPath(type);
      if (path == null) {
        return Optional.empty();
      }
      String source = path.getCompilationUnit().getSourceFile().getCharContent(true).toString();
      return Optional.of(CanonicalJson.sha256(source.replace("\r\n", "\n")));
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }
}
