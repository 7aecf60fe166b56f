package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Acknowledge} from entities, their fields, packages and manual revision classes
 * into each schema's {@link SafetyIntent}, and finds the element behind each table and column so
 * safety findings are reported where the developer looks.
 *
 * <p>It works from the model the {@link EntityReader} built (the entity of each table, the columns
 * of each table) and resolves a field's column only as far as explicit names and the naming
 * strategy go. The reader rewrite should absorb it: read {@code @Acknowledge} beside
 * {@code @RenamedFrom} and {@code @AcknowledgeDrop} in the one pass over each attribute, and record
 * the field behind each column it maps in {@link ReadModel}; {@link Sites} then becomes that map.
 */
public final class AcknowledgementReader {

  /** The annotation, and its container when it is repeated. */
  public static final String ACKNOWLEDGE = "dev.tidemark.annotations.Acknowledge";
  public static final String ACKNOWLEDGE_LIST = "dev.tidemark.annotations.Acknowledge.List";

  private final Elements elements;
  private final Reporter reporter;
  private final Naming naming;

  public AcknowledgementReader(ProcessingEnvironment environment, Reporter reporter, Naming naming) {
    this.elements = environment.getElementUtils();
    this.reporter = reporter;
    this.naming = naming;
  }

  /**
   * The acknowledgements of each schema of {@code model}: those of its entities and their fields,
   * of the manual revisions that join its chain, and of every package (which name tables of any
   * schema, and are all a schema no entity maps has).
   *
   * @param manuals the manual revision classes, by the schema whose chain each joins
   */
  public SafetyIntent.BySchema read(ReadModel model, Collection<PackageElement> packages,
      Map<TypeElement, String> manuals) {
    Map<String, List<SafetyIntent.Declared>> bySchema = new TreeMap<>();
    Map<String, Sites> sites = new TreeMap<>();
    model.origins().forEach((schema, tables) -> {
      Sites schemaSites = new Sites(new TreeMap<>(), new TreeMap<>());
      sites.put(schema, schemaSites);
      tables.forEach((table, entity) -> readEntity(model.schemas().get(schema).table(table).orElseThrow(), entity,
          bySchema.computeIfAbsent(schema, key -> new ArrayList<>()), schemaSites));
    });
    List<SafetyIntent.Declared> everywhere = new ArrayList<>();
    packages.stream().sorted(Comparator.comparing(pkg -> pkg.getQualifiedName().toString()))
        .forEach(pkg -> readNamed(pkg, everywhere));
    manuals.entrySet().stream()
        .sorted(Comparator.comparing(manual -> manual.getKey().getQualifiedName().toString()))
        .forEach(manual -> readNamed(manual.getKey(), bySchema.computeIfAbsent(manual.getValue(),
            key -> new ArrayList<>())));
    Map<String, SafetyIntent> intents = new TreeMap<>();
    Set<String> schemas = new TreeSet<>(bySchema.keySet());
    schemas.addAll(sites.keySet());
    for (String schema : schemas) {
      List<SafetyIntent.Declared> declared = new ArrayList<>(bySchema.getOrDefault(schema, List.of()));
      declared.addAll(everywhere);
      intents.put(schema, new SafetyIntent(declared, sites.getOrDefault(schema, Sites.NONE)));
    }
    return new SafetyIntent.BySchema(intents, new SafetyIntent(everywhere, Sites.NONE));
  }

  /** The entity's own acknowledgements (its table, or {@code on} a part of it) and its fields'. */
  private void readEntity(Table table, TypeElement entity, List<SafetyIntent.Declared> declared, Sites sites) {
    sites.tables().put(table.name(), entity);
    for (AnnotationValues acknowledge : acknowledgements(entity)) {
      String on = acknowledge.string("on").trim();
      add(entity, acknowledge, table.name(), on.isEmpty() ? null : on, declared);
    }
    for (Element field : persistentMembers(entity)) {
      Optional<String> column = columnOf(field, table);
      column.ifPresent(name -> sites.columns().putIfAbsent(table.name() + "." + name, field));
      for (AnnotationValues acknowledge : acknowledgements(field)) {
        String on = acknowledge.string("on").trim();
        if (!on.isEmpty()) {
          add(field, acknowledge, table.name(), on, declared);
        } else if (column.isPresent()) {
          add(field, acknowledge, table.name(), column.get(), declared);
        } else {
          reporter.error(field, acknowledge.mirror(), Diagnostic.ACKNOWLEDGE_TARGET, "field "
              + entity.getSimpleName() + "." + AttributeAccess.name(field), "Tidemark cannot tell which column of "
              + table.name() + " it maps; name it with on = \"column\"");
        }
      }
    }
  }

  /** A package or manual revision class: {@code on} names the table, or {@code table.part}. */
  private void readNamed(Element element, List<SafetyIntent.Declared> declared) {
    for (AnnotationValues acknowledge : acknowledgements(element)) {
      String on = acknowledge.string("on").trim();
      if (on.isEmpty()) {
        reporter.error(element, acknowledge.mirror(), Diagnostic.ACKNOWLEDGE_TARGET, element.getKind() == ElementKind.PACKAGE
            ? "package " + element : "class " + element, "give the table or part with on = \"table\" or \"table.part\"");
        continue;
      }
      int dot = on.indexOf('.');
      add(element, acknowledge, dot < 0 ? on : on.substring(0, dot), dot < 0 ? null : on.substring(dot + 1), declared);
    }
  }

  private void add(Element element, AnnotationValues acknowledge, String table, String part,
      List<SafetyIntent.Declared> declared) {
    try {
      declared.add(new SafetyIntent.Declared(new Acknowledgement(acknowledge.string("rule").trim(), table, part,
          acknowledge.string("reason")), element, acknowledge.mirror()));
    } catch (IllegalArgumentException invalid) {
      reporter.error(element, acknowledge.mirror(), Diagnostic.ACKNOWLEDGE_INVALID, invalid.getMessage());
    }
  }

  /** Every {@code @Acknowledge} on {@code element}, written once or repeated. */
  private List<AnnotationValues> acknowledgements(Element element) {
    List<AnnotationValues> found = new ArrayList<>();
    AnnotationValues.find(element, ACKNOWLEDGE, elements).ifPresent(found::add);
    AnnotationValues.find(element, ACKNOWLEDGE_LIST, elements)
        .ifPresent(list -> found.addAll(list.annotations("value")));
    return found;
  }

  /**
   * The fields and getters of the entity and of the mapped superclasses above it, which map
   * columns of its table (a getter under property access).
   */
  private List<Element> persistentMembers(TypeElement entity) {
    List<Element> members = new ArrayList<>();
    for (TypeElement type = entity; type != null; type = superclass(type)) {
      if (type != entity && !AnnotationValues.present(type, Jpa.MAPPED_SUPERCLASS)) {
        break;
      }
      members.addAll(ElementFilter.fieldsIn(type.getEnclosedElements()));
      ElementFilter.methodsIn(type.getEnclosedElements()).stream()
          .filter(method -> method.getParameters().isEmpty() && method.getSimpleName().toString().matches("(get|is).+"))
          .forEach(members::add);
    }
    return members;
  }

  private static TypeElement superclass(TypeElement type) {
    return type.getSuperclass().getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type.getSuperclass()).asElement() : null;
  }

  /**
   * The column of {@code table} the field maps, as far as names tell: {@code @Column(name)} or
   * {@code @JoinColumn(name)}, else the field's name through the naming strategy; for a to-one
   * association without a join column name, the one column named after the field
   * ({@code desk_id} for {@code desk}). Empty when that finds no column of the table.
   */
  private Optional<String> columnOf(Element field, Table table) {
    String mapped = AnnotationValues.find(field, Jpa.COLUMN, elements)
        .or(() -> AnnotationValues.find(field, Jpa.JOIN_COLUMN, elements))
        .map(column -> column.string("name"))
        .filter(name -> !name.isBlank())
        .orElse(AttributeAccess.name(field));
    String column = storedColumn(mapped);
    if (table.column(column).isPresent()) {
      return Optional.of(column);
    }
    if (AnnotationValues.present(field, Jpa.MANY_TO_ONE) || AnnotationValues.present(field, Jpa.ONE_TO_ONE)) {
      List<String> named = table.columns().stream().map(candidate -> candidate.name())
          .filter(name -> name.startsWith(column + "_")).toList();
      return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The name PostgreSQL stores for a column mapped as {@code mapped}. */
  private String storedColumn(String mapped) {
    return naming.column(mapped).stored();
  }

  /**
   * The element behind each table and column of one schema, where a finding about it is reported.
   *
   * @param tables the entity of each table
   * @param columns the field of each column, by {@code table.column}
   */
  public record Sites(Map<String, Element> tables, Map<String, Element> columns) {

    public static final Sites NONE = new Sites(Map.of(), Map.of());

    /** The field of {@code table.part}, else the entity of {@code table}; empty when no entity maps it. */
    public Optional<Element> of(String table, String part) {
      return Optional.ofNullable(part == null ? null : columns.get(table + "." + part))
          .or(() -> Optional.ofNullable(tables.get(table)));
    }
  }
}
