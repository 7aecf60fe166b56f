package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import dev.tidemark.runtime.diff.RenameHints;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.TablePart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads {@code @Entity} classes into schema models, naming and typing every column the way
 * Hibernate ORM 7 does on PostgreSQL. A problem is reported on the element that causes it; that
 * entity is then left out and the others are still checked, so one build shows every problem.
 */
public final class EntityReader {

  /** The annotation that marks the classes the processor reads. */
  public static final String ENTITY = Jpa.ENTITY;

  /** The annotation that acknowledges a drop; packages may carry it too. */
  public static final String ACKNOWLEDGE_DROP = Jpa.ACKNOWLEDGE_DROP;

  /** Hibernate's increment for a sequence whose generator gives no allocation size. */
  private static final int DEFAULT_ALLOCATION_SIZE = 50;

  private final Elements elements;
  private final Reporter reporter;
  private final String defaultSchema;

  public EntityReader(ProcessingEnvironment environment, Reporter reporter, String defaultSchema) {
    this.elements = environment.getElementUtils();
    this.reporter = reporter;
    this.defaultSchema = HibernateNames.stored(defaultSchema);
  }

  /**
   * The model of {@code entities}; complete only if no error was reported meanwhile.
   * {@code packages} are the packages annotated {@code @AcknowledgeDrop}.
   */
  public ReadModel read(Collection<TypeElement> entities, Collection<PackageElement> packages) {
    Map<String, Map<String, EntityTable>> bySchema = new TreeMap<>();
    List<TypeElement> ordered = entities.stream()
        .sorted(Comparator.comparing(entity -> entity.getQualifiedName().toString()))
        .toList();
    for (TypeElement entity : ordered) {
      readEntity(entity).ifPresent(read -> {
        Map<String, EntityTable> tables = bySchema.computeIfAbsent(read.schema(), schema -> new TreeMap<>());
        EntityTable clash = tables.putIfAbsent(read.table().name(), read);
        if (clash != null) {
          reporter.error(entity, Diagnostic.DUPLICATE_TABLE, clash.entity().getQualifiedName(),
              entity.getQualifiedName(), read.schema(), read.table().name());
        }
      });
    }
    List<String> packageDrops = packages.stream()
        .sorted(Comparator.comparing(pkg -> pkg.getQualifiedName().toString()))
        .flatMap(pkg -> AnnotationValues.find(pkg, Jpa.ACKNOWLEDGE_DROP, elements).stream())
        .flatMap(acknowledgement -> acknowledgement.strings("tables").stream())
        .toList();
    Map<String, Schema> schemas = new TreeMap<>();
    Map<String, Map<String, TypeElement>> origins = new TreeMap<>();
    Map<String, SchemaIntent> intents = new TreeMap<>();
    bySchema.forEach((schema, tables) -> {
      schemas.put(schema, new Schema(schema,
          tables.values().stream().map(EntityTable::table).toList(), sequences(tables.values())));
      origins.put(schema, tables.values().stream()
          .collect(Collectors.toMap(read -> read.table().name(), EntityTable::entity, (a, b) -> a, TreeMap::new)));
      intents.put(schema, intent(schema, tables.values(), packageDrops, bySchema.values()));
    });
    return new ReadModel(schemas, origins, intents);
  }

  /** The renames and acknowledged drops for one schema, from every entity and package that states one. */
  private SchemaIntent intent(String schema, Collection<EntityTable> tables, List<String> packageDrops,
      Collection<Map<String, EntityTable>> allSchemas) {
    List<RenameHints.TableRename> tableRenames = new ArrayList<>();
    List<RenameHints.ColumnRename> columnRenames = new ArrayList<>();
    Map<String, Set<String>> droppedColumns = new TreeMap<>();
    for (EntityTable read : tables) {
      if (read.renamedFrom() != null) {
        tableRenames.add(new RenameHints.TableRename(read.renamedFrom(), read.table().name()));
      }
      columnRenames.addAll(read.columnRenames());
      if (!read.droppedColumns().isEmpty()) {
        droppedColumns.put(read.table().name(), Set.copyOf(read.droppedColumns()));
      }
    }
    List<String> acknowledged = new ArrayList<>(packageDrops);
    allSchemas.forEach(schemaTables -> schemaTables.values().forEach(read -> acknowledged.addAll(read.droppedTables())));
    Set<String> droppedTables = new TreeSet<>();
    for (String name : acknowledged) {
      int dot = name.indexOf('.');
      if (dot < 0) {
        droppedTables.add(HibernateNames.stored(name));
      } else if (HibernateNames.stored(name.substring(0, dot)).equals(schema)) {
        droppedTables.add(HibernateNames.stored(name.substring(dot + 1)));
      }
    }
    return SchemaIntent.of(tableRenames, columnRenames, droppedTables, droppedColumns);
  }

  private List<Sequence> sequences(Collection<EntityTable> tables) {
    Map<String, Sequence> sequences = new TreeMap<>();
    for (EntityTable read : tables) {
      for (Sequence sequence : read.sequences()) {
        Sequence other = sequences.putIfAbsent(sequence.name(), sequence);
        if (other != null && !other.equals(sequence)) {
          reporter.error(read.entity(), Diagnostic.SEQUENCE_CONFLICT, sequence.name(), other, sequence);
        }
      }
    }
    return List.copyOf(sequences.values());
  }

  private Optional<EntityTable> readEntity(TypeElement entity) {
    int errorsBefore = reporter.errors();
    String entityName = AnnotationValues.find(entity, Jpa.ENTITY, elements)
        .map(annotation -> annotation.string("name"))
        .filter(name -> !name.isBlank())
        .orElse(entity.getSimpleName().toString());
    Optional<AnnotationValues> table = AnnotationValues.find(entity, Jpa.TABLE, elements);
    String mappedTableName =
        table.map(annotation -> annotation.string("name")).filter(name -> !name.isBlank()).orElse(entityName);
    String tableName = HibernateNames.stored(mappedTableName);
    String schema = table.map(annotation -> annotation.string("schema"))
        .filter(name -> !name.isBlank())
        .map(HibernateNames::stored)
        .orElse(defaultSchema);

    refuseUnsupported(entity, entity.getSimpleName().toString());
    AnnotationValues.find(entity, Jpa.ACCESS, elements)
        .filter(access -> access.enumConstant("value").equals("PROPERTY"))
        .ifPresent(access -> reporter.error(entity, access.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Access(PROPERTY) on " + entity.getSimpleName(), "annotate the fields instead of the getters"));
    List<TypeElement> hierarchy = mappedHierarchy(entity);
    refuseAnnotatedGetters(hierarchy);

    List<VariableElement> fields = hierarchy.stream()
        .flatMap(type -> ElementFilter.fieldsIn(type.getEnclosedElements()).stream())
        .filter(EntityReader::persistent)
        .toList();
    List<VariableElement> ids = fields.stream().filter(field -> AnnotationValues.present(field, Jpa.ID)).toList();
    if (ids.isEmpty()) {
      reporter.error(entity, Diagnostic.NO_ID, entity.getSimpleName());
      return Optional.empty();
    }
    if (ids.size() > 1) {
      reporter.error(entity, Diagnostic.COMPOSITE_ID, entity.getSimpleName(), ids.size());
      return Optional.empty();
    }

    Map<String, Column> columns = new LinkedHashMap<>();
    List<TablePart> checks = new ArrayList<>();
    List<Sequence> sequences = new ArrayList<>();
    for (VariableElement field : fields) {
      FieldMapping mapping = new FieldMapping(field, entity, mappedTableName);
      mapping.read().ifPresent(column -> {
        if (columns.putIfAbsent(column.name(), column) != null) {
          reporter.error(field, Diagnostic.DUPLICATE_COLUMN, entity.getSimpleName(), column.name());
        }
      });
      mapping.check.ifPresent(checks::add);
      mapping.sequence.ifPresent(sequences::add);
    }
    if (reporter.errors() > errorsBefore) {
      return Optional.empty();
    }
    String idColumn = columnName(ids.get(0));
    List<TablePart> parts = new ArrayList<>(columns.values());
    parts.add(new PrimaryKey(PostgresNames.primaryKeyName(tableName), List.of(idColumn)));
    parts.addAll(checks);
    String renamedFrom = AnnotationValues.find(entity, Jpa.RENAMED_FROM, elements)
        .map(renamed -> HibernateNames.stored(renamed.string("value")))
        .orElse(null);
    List<RenameHints.ColumnRename> columnRenames = fields.stream()
        .flatMap(field -> AnnotationValues.find(field, Jpa.RENAMED_FROM, elements).stream()
            .map(renamed -> new RenameHints.ColumnRename(
                tableName, HibernateNames.stored(renamed.string("value")), columnName(field))))
        .toList();
    Optional<AnnotationValues> drops = AnnotationValues.find(entity, Jpa.ACKNOWLEDGE_DROP, elements);
    List<String> droppedColumns = drops.map(drop -> drop.strings("columns").stream().map(HibernateNames::stored).toList())
        .orElse(List.of());
    List<String> droppedTables = drops.map(drop -> drop.strings("tables")).orElse(List.of());
    return Optional.of(new EntityTable(schema, Table.of(tableName, parts), sequences, entity, renamedFrom,
        columnRenames, droppedColumns, droppedTables));
  }

  /** The entity and its {@code @MappedSuperclass} ancestors, the furthest first, as JPA orders columns. */
  private List<TypeElement> mappedHierarchy(TypeElement entity) {
    Deque<TypeElement> hierarchy = new ArrayDeque<>();
    hierarchy.push(entity);
    TypeMirror superclass = entity.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement type = (TypeElement) ((DeclaredType) superclass).asElement();
      if (AnnotationValues.present(type, Jpa.ENTITY)) {
        reporter.error(entity, Diagnostic.UNSUPPORTED_MAPPING,
            "Entity inheritance (" + entity.getSimpleName() + " extends entity " + type.getSimpleName() + ")",
            "make the superclass a @MappedSuperclass");
        break;
      }
      if (AnnotationValues.present(type, Jpa.MAPPED_SUPERCLASS)) {
        hierarchy.push(type);
      }
      superclass = type.getSuperclass();
    }
    return List.copyOf(hierarchy);
  }

  private void refuseAnnotatedGetters(List<TypeElement> hierarchy) {
    for (TypeElement type : hierarchy) {
      for (Element method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        if (AnnotationValues.present(method, Jpa.ID) || AnnotationValues.present(method, Jpa.COLUMN)) {
          reporter.error(method, Diagnostic.UNSUPPORTED_MAPPING,
              "Property access (mapping annotations on " + type.getSimpleName() + "." + method.getSimpleName() + ")",
              "put @Id and @Column on the fields");
        }
      }
    }
  }

  private void refuseUnsupported(Element element, String where) {
    for (String annotation : Jpa.NOT_YET_SUPPORTED) {
      AnnotationValues.find(element, annotation, elements).ifPresent(found -> reporter.error(element, found.mirror(),
          Diagnostic.UNSUPPORTED_MAPPING, "@" + annotation.substring(annotation.lastIndexOf('.') + 1) + " on " + where,
          "map it as a basic column, or mark the attribute @Transient until Tidemark reads this mapping"));
    }
  }

  private static boolean persistent(VariableElement field) {
    Set<Modifier> modifiers = field.getModifiers();
    return !modifiers.contains(Modifier.STATIC)
        && !modifiers.contains(Modifier.TRANSIENT)
        && !AnnotationValues.present(field, Jpa.TRANSIENT);
  }

  private String columnName(VariableElement field) {
    return HibernateNames.stored(AnnotationValues.find(field, Jpa.COLUMN, elements)
        .map(column -> column.string("name"))
        .filter(name -> !name.isBlank())
        .orElse(field.getSimpleName().toString()));
  }

  /** One persistent field: its column, and the check or sequence that comes with it. */
  private final class FieldMapping {

    private final VariableElement field;
    private final TypeElement entity;
    private final String mappedTableName;
    private final String tableName;
    private final String where;
    private Optional<CheckConstraint> check = Optional.empty();
    private Optional<Sequence> sequence = Optional.empty();

    FieldMapping(VariableElement field, TypeElement entity, String mappedTableName) {
      this.field = field;
      this.entity = entity;
      this.mappedTableName = mappedTableName;
      this.tableName = HibernateNames.stored(mappedTableName);
      this.where = entity.getSimpleName() + "." + field.getSimpleName();
    }

    Optional<Column> read() {
      int errorsBefore = reporter.errors();
      refuseUnsupported(field, where);
      Optional<AnnotationValues> column = AnnotationValues.find(field, Jpa.COLUMN, elements);
      column.ifPresent(this::refuseUnsupportedColumnAttributes);
      if (reporter.errors() > errorsBefore) {
        return Optional.empty();
      }
      String name = columnName(field);
      ColumnTypes.Sizes sizes = column
          .map(c -> new ColumnTypes.Sizes(c.integer("length"), c.integer("precision"), c.integer("scale")))
          .orElse(new ColumnTypes.Sizes(255, 0, 0));
      TypeMirror type = field.asType();
      Optional<String> sqlType = enumType(type)
          .map(constants -> enumColumn(name, constants, sizes))
          .or(() -> ColumnTypes.of(type, sizes));
      if (sqlType.isEmpty()) {
        reporter.error(field, Diagnostic.UNSUPPORTED_TYPE, where, type);
        return Optional.empty();
      }
      boolean id = AnnotationValues.present(field, Jpa.ID);
      // Hibernate infers not null from a primitive only when no @Column states nullability (its default is true).
      boolean required = id
          || column.map(c -> !c.bool("nullable")).orElse(type.getKind().isPrimitive())
          || AnnotationValues.find(field, Jpa.BASIC, elements).map(basic -> !basic.bool("optional")).orElse(false);
      Column mapped = Column.column(name, sqlType.get());
      mapped = required ? mapped.notNull() : mapped;
      Optional<AnnotationValues> generated = AnnotationValues.find(field, Jpa.GENERATED_VALUE, elements);
      if (generated.isPresent()) {
        if (!id) {
          reporter.error(field, generated.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "@GeneratedValue on " + where + ", which is not the @Id", "generate only identifiers");
          return Optional.empty();
        }
        return generatedId(mapped, generated.get());
      }
      return Optional.of(mapped);
    }

    private void refuseUnsupportedColumnAttributes(AnnotationValues column) {
      if (column.bool("unique")) {
        reporter.error(field, column.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Column(unique = true) on " + where, "remove it until Tidemark reads unique constraints");
      }
      if (!column.string("columnDefinition").isBlank()) {
        reporter.error(field, column.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Column(columnDefinition) on " + where, "map the attribute to a supported Java type instead");
      }
      if (!column.string("table").isBlank()) {
        reporter.error(field, column.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Column(table) on " + where, "secondary tables are not read yet");
      }
    }

    /** The enum's constants in declaration order, if the field is an enum. */
    private Optional<List<String>> enumType(TypeMirror type) {
      if (type.getKind() != TypeKind.DECLARED) {
        return Optional.empty();
      }
      Element element = ((DeclaredType) type).asElement();
      if (element.getKind() != ElementKind.ENUM) {
        return Optional.empty();
      }
      return Optional.of(element.getEnclosedElements().stream()
          .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
          .map(member -> member.getSimpleName().toString())
          .toList());
    }

    /** Hibernate 7 stores an enum as smallint or varchar, with a check listing what is valid. */
    private String enumColumn(String column, List<String> constants, ColumnTypes.Sizes sizes) {
      boolean asString = AnnotationValues.find(field, Jpa.ENUMERATED, elements)
          .map(enumerated -> enumerated.enumConstant("value").equals("STRING"))
          .orElse(false);
      String quoted = PostgresNames.quote(column);
      String expression = asString
          ? quoted + " in (" + constants.stream().map(constant -> "'" + constant + "'").collect(Collectors.joining(", ")) + ")"
          : quoted + " between 0 and " + (constants.size() - 1);
      check = Optional.of(new CheckConstraint(PostgresNames.columnCheckName(tableName, column), expression));
      return asString ? ColumnTypes.varchar(sizes.length()) : "smallint";
    }

    private Optional<Column> generatedId(Column column, AnnotationValues generated) {
      String strategy = generated.enumConstant("strategy");
      boolean integer = ColumnTypes.isInteger(column.type());
      switch (strategy) {
        case "IDENTITY":
          if (!integer) {
            reporter.error(field, generated.mirror(), Diagnostic.IDENTITY_TYPE, where, field.asType());
            return Optional.empty();
          }
          return Optional.of(column.asIdentity());
        case "UUID":
          return Optional.of(column);
        case "AUTO":
        case "SEQUENCE":
          if (column.type().equals("uuid") && strategy.equals("AUTO")) {
            return Optional.of(column);
          }
          if (!integer) {
            reporter.error(field, generated.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
                "GenerationType." + strategy + " on " + where + " of type " + field.asType(),
                "sequences generate integer identifiers; use a long or Long");
            return Optional.empty();
          }
          sequence = sequenceFor(generated);
          return sequence.isPresent() ? Optional.of(column) : Optional.empty();
        default:
          reporter.error(field, generated.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "GenerationType." + strategy + " on " + where, "use IDENTITY, SEQUENCE, AUTO or UUID");
          return Optional.empty();
      }
    }

    /**
     * The sequence Hibernate 7's standard naming uses: the named {@code @SequenceGenerator}'s; else
     * the generator name itself; else {@code <mapped table name>_SEQ}. Allocation size 50 by default.
     */
    private Optional<Sequence> sequenceFor(AnnotationValues generated) {
      String generator = generated.string("generator");
      if (generator.isBlank()) {
        return Optional.of(new Sequence(HibernateNames.stored(HibernateNames.withSuffix(mappedTableName, "_SEQ")),
            1, DEFAULT_ALLOCATION_SIZE));
      }
      for (Element holder : List.of(field, entity)) {
        Optional<AnnotationValues> declared = AnnotationValues.find(holder, Jpa.SEQUENCE_GENERATOR, elements)
            .filter(candidate -> candidate.string("name").equals(generator));
        if (declared.isPresent()) {
          AnnotationValues found = declared.get();
          if (!found.string("schema").isBlank() || !found.string("catalog").isBlank()) {
            reporter.error(field, found.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
                "@SequenceGenerator(schema or catalog) on " + where, "keep the sequence in the entity's schema");
            return Optional.empty();
          }
          String sequenceName = found.string("sequenceName").isBlank() ? generator : found.string("sequenceName");
          return Optional.of(new Sequence(
              HibernateNames.stored(sequenceName), found.integer("initialValue"), found.integer("allocationSize")));
        }
      }
      return Optional.of(new Sequence(HibernateNames.stored(generator), 1, DEFAULT_ALLOCATION_SIZE));
    }
  }
}
