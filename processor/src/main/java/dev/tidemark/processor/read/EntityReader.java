package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import dev.tidemark.runtime.diff.RenameHints;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Index;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.PrimaryKey;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import dev.tidemark.runtime.schema.UniqueConstraint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import javax.lang.model.util.Types;
import org.hibernate.boot.model.naming.Identifier;

/**
 * Reads {@code @Entity} classes into schema models, naming and typing every column, key and
 * constraint the way Hibernate ORM 7 does on PostgreSQL. It reads in two passes: first each
 * entity's table and identifier, then its attributes, so an association can take the type of the
 * key it references. A problem is reported on the element that causes it; that entity is then left
 * out and the others are still checked, so one build shows every problem.
 */
public final class EntityReader {

  /** The annotation that marks the classes the processor reads. */
  public static final String ENTITY = Jpa.ENTITY;

  /** The annotation that acknowledges a drop; packages may carry it too. */
  public static final String ACKNOWLEDGE_DROP = Jpa.ACKNOWLEDGE_DROP;

  /** Hibernate's increment for a sequence whose generator gives no allocation size. */
  private static final int DEFAULT_ALLOCATION_SIZE = 50;

  private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

  private final Elements elements;
  private final Types types;
  private final Reporter reporter;
  private final Naming naming;
  private final String defaultSchema;
  /** The shapes of this read, by qualified class name, for lookups across entities. */
  private Map<String, Shape> allShapes = Map.of();

  public EntityReader(ProcessingEnvironment environment, Reporter reporter, String defaultSchema, Naming naming) {
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.reporter = reporter;
    this.naming = naming;
    this.defaultSchema = Naming.stored(naming.schema(defaultSchema));
  }

  /**
   * An entity's table and identifier, known before any attribute is read.
   *
   * @param fields the attributes that map to this entity's own table
   * @param ids the {@code @Id} attributes, or the one {@code @EmbeddedId} (inherited from the root)
   * @param joinedParent the entity whose table this one's key references (JOINED inheritance), or null
   * @param tableless whether it has no table of its own (an abstract TABLE_PER_CLASS entity)
   * @param rootTable the table of the hierarchy's root entity, which names its default sequence
   * @param singleTableRoot the root whose table this SINGLE_TABLE subclass lives in, or null
   * @param singleTableMembers for a SINGLE_TABLE root, its entity subclasses, whose columns it holds
   */
  private record Shape(TypeElement entity, Identifier table, String schema, List<VariableElement> fields,
      List<VariableElement> ids, TypeElement joinedParent, boolean tableless, Identifier rootTable,
      TypeElement singleTableRoot, List<TypeElement> singleTableMembers) {

    String tableName() {
      return Naming.stored(table);
    }

    /** The single-column identifier, if the key is not composite. */
    Optional<VariableElement> simpleId() {
      return ids.size() == 1 && !AnnotationValues.present(ids.get(0), Jpa.EMBEDDED_ID)
          ? Optional.of(ids.get(0)) : Optional.empty();
    }
  }

  /**
   * The model of {@code entities}; complete only if no error was reported meanwhile.
   * {@code packages} are the packages annotated {@code @AcknowledgeDrop}.
   */
  public ReadModel read(Collection<TypeElement> entities, Collection<PackageElement> packages) {
    Map<String, Shape> shapes = new TreeMap<>();
    allShapes = shapes;
    entities.stream()
        .sorted(Comparator.comparing(entity -> entity.getQualifiedName().toString()))
        .forEach(entity -> shape(entity, entities)
            .ifPresent(shape -> shapes.put(entity.getQualifiedName().toString(), shape)));
    Map<String, List<Contribution>> contributions = contributions(shapes);
    Map<String, Map<String, EntityTable>> bySchema = new TreeMap<>();
    for (Shape shape : shapes.values()) {
      if (shape.tableless() || shape.singleTableRoot() != null) {
        continue;
      }
      readEntity(shape, shapes, contributions).ifPresent(read -> {
        Map<String, EntityTable> tables = bySchema.computeIfAbsent(read.schema(), schema -> new TreeMap<>());
        EntityTable clash = tables.putIfAbsent(read.table().name(), read);
        if (clash != null) {
          reporter.error(shape.entity(), Diagnostic.DUPLICATE_TABLE, clash.entity().getQualifiedName(),
              shape.entity().getQualifiedName(), read.schema(), read.table().name());
        }
        for (Table collection : read.collectionTables()) {
          EntityTable owned = new EntityTable(read.schema(), collection, List.of(), read.entity(), null, List.of(),
              List.of(), List.of(), List.of());
          EntityTable other = tables.putIfAbsent(collection.name(), owned);
          if (other != null) {
            reporter.error(shape.entity(), Diagnostic.DUPLICATE_TABLE, other.entity().getQualifiedName(),
                shape.entity().getQualifiedName(), read.schema(), collection.name());
          }
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

  // ---- first pass: tables and identifiers ----

  private Optional<Shape> shape(TypeElement entity, Collection<TypeElement> allEntities) {
    int errorsBefore = reporter.errors();
    Optional<AnnotationValues> table = AnnotationValues.find(entity, Jpa.TABLE, elements);
    String mappedTable = mappedTableName(entity);
    String schema = table.map(annotation -> annotation.string("schema"))
        .filter(name -> !name.isBlank())
        .map(name -> Naming.stored(naming.schema(name)))
        .orElse(defaultSchema);
    table.filter(annotation -> !annotation.string("catalog").isBlank()).ifPresent(annotation -> reporter.warning(
        entity, annotation.mirror(), Diagnostic.CATALOG_IGNORED, annotation.string("catalog"), entity.getSimpleName()));

    refuseUnsupported(entity, entity.getSimpleName().toString());
    AnnotationValues.find(entity, Jpa.ACCESS, elements)
        .filter(access -> access.enumConstant("value").equals("PROPERTY"))
        .ifPresent(access -> reporter.error(entity, access.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Access(PROPERTY) on " + entity.getSimpleName(), "annotate the fields instead of the getters"));
    List<TypeElement> chain = mappedChain(entity);
    refuseAnnotatedGetters(chain);
    TypeElement root = chain.stream().filter(type -> AnnotationValues.present(type, Jpa.ENTITY)).findFirst().orElseThrow();
    Optional<TypeElement> parent = chain.stream()
        .filter(type -> AnnotationValues.present(type, Jpa.ENTITY) && !type.equals(entity))
        .reduce((first, second) -> second);
    String strategy = AnnotationValues.find(root, Jpa.INHERITANCE, elements)
        .map(inheritance -> inheritance.enumConstant("strategy"))
        .orElse("SINGLE_TABLE");
    boolean inHierarchy = parent.isPresent() || hasEntitySubclass(entity, allEntities);
    boolean singleTable = inHierarchy && strategy.equals("SINGLE_TABLE");
    boolean joined = inHierarchy && strategy.equals("JOINED");
    // JOINED: a table holds only what its class adds; TABLE_PER_CLASS: every table holds everything inherited.
    List<TypeElement> mapped = joined && parent.isPresent()
        ? chain.subList(chain.indexOf(parent.get()) + 1, chain.size())
        : chain;
    List<VariableElement> fields = mapped.stream()
        .flatMap(type -> ElementFilter.fieldsIn(type.getEnclosedElements()).stream())
        .filter(EntityReader::persistent)
        .toList();
    List<VariableElement> ids = chain.stream()
        .flatMap(type -> ElementFilter.fieldsIn(type.getEnclosedElements()).stream())
        .filter(EntityReader::persistent)
        .filter(field -> AnnotationValues.present(field, Jpa.ID) || AnnotationValues.present(field, Jpa.EMBEDDED_ID))
        .toList();
    if (ids.isEmpty()) {
      reporter.error(entity, Diagnostic.NO_ID, entity.getSimpleName());
      return Optional.empty();
    }
    if (ids.size() > 1 && !AnnotationValues.present(root, Jpa.ID_CLASS)) {
      reporter.error(entity, Diagnostic.COMPOSITE_ID, entity.getSimpleName(), ids.size());
      return Optional.empty();
    }
    if (joined && parent.isPresent() && ids.size() > 1) {
      reporter.error(entity, Diagnostic.UNSUPPORTED_MAPPING, "JOINED inheritance with a composite key",
          "give " + root.getSimpleName() + " a single @Id");
      return Optional.empty();
    }
    if (reporter.errors() > errorsBefore) {
      return Optional.empty();
    }
    Identifier physicalTable = naming.table(mappedTable);
    if (!physicalTable.isQuoted() && PostgresKeywords.RESERVED.contains(Naming.stored(physicalTable))) {
      reporter.warning(entity, Diagnostic.RESERVED_TABLE, Naming.stored(physicalTable), entity.getSimpleName(),
          Naming.stored(physicalTable));
    }
    boolean tableless = inHierarchy && strategy.equals("TABLE_PER_CLASS") && entity.getModifiers().contains(Modifier.ABSTRACT);
    if (singleTable && parent.isPresent()) {
      // A SINGLE_TABLE subclass lives in its root's table: the root reads its columns.
      return Optional.of(new Shape(entity, naming.table(mappedTableName(root)), schema, List.of(), ids, null, false,
          naming.table(mappedTableName(root)), root, List.of()));
    }
    List<TypeElement> members = singleTable
        ? allEntities.stream().filter(other -> !other.equals(entity) && mappedChain(other).contains(entity)).toList()
        : List.of();
    return Optional.of(new Shape(entity, physicalTable, schema, fields, ids,
        joined ? parent.orElse(null) : null, tableless, naming.table(mappedTableName(root)), null, members));
  }

  /** The table name as mapped: {@code @Table(name)}, else the entity name. */
  private String mappedTableName(TypeElement entity) {
    return AnnotationValues.find(entity, Jpa.TABLE, elements)
        .map(annotation -> annotation.string("name")).filter(name -> !name.isBlank())
        .orElse(entityName(entity));
  }

  /** The entity with its entity and mapped superclasses, the furthest first, as JPA orders columns. */
  private List<TypeElement> mappedChain(TypeElement entity) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    chain.push(entity);
    TypeMirror superclass = entity.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement type = (TypeElement) ((DeclaredType) superclass).asElement();
      if (AnnotationValues.present(type, Jpa.ENTITY) || AnnotationValues.present(type, Jpa.MAPPED_SUPERCLASS)) {
        chain.push(type);
      }
      superclass = type.getSuperclass();
    }
    return List.copyOf(chain);
  }

  private boolean hasEntitySubclass(TypeElement entity, Collection<TypeElement> entities) {
    return entities.stream().anyMatch(other -> !other.equals(entity) && mappedChain(other).contains(entity));
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

  /** Whether the field is stored: not static, transient, @Transient or a @Formula (computed by a query). */
  private static boolean persistent(VariableElement field) {
    Set<Modifier> modifiers = field.getModifiers();
    return !modifiers.contains(Modifier.STATIC)
        && !modifiers.contains(Modifier.TRANSIENT)
        && !AnnotationValues.present(field, Jpa.TRANSIENT)
        && !AnnotationValues.present(field, Jpa.FORMULA);
  }

  // ---- second pass: attributes ----

  private Optional<EntityTable> readEntity(Shape shape, Map<String, Shape> shapes,
      Map<String, List<Contribution>> contributions) {
    int errorsBefore = reporter.errors();
    TableParts parts = new TableParts(shape, shapes);
    if (shape.joinedParent() != null) {
      parts.joinedKey(shapes.get(shape.joinedParent().getQualifiedName().toString()));
    }
    for (VariableElement field : shape.fields()) {
      parts.attribute(field, new Scope(shape.entity().getSimpleName().toString(), Map.of(), shape.ids().contains(field)));
    }
    if (!shape.singleTableMembers().isEmpty()) {
      parts.singleTableSubclasses();
    }
    for (Contribution contribution : contributions.getOrDefault(shape.entity().getQualifiedName().toString(), List.of())) {
      parts.contributed(contribution);
    }
    parts.tableLevel();
    if (reporter.errors() > errorsBefore) {
      return Optional.empty();
    }
    TypeElement entity = shape.entity();
    String renamedFrom = AnnotationValues.find(entity, Jpa.RENAMED_FROM, elements)
        .map(renamed -> Naming.stored(naming.table(renamed.string("value"))))
        .orElse(null);
    List<RenameHints.ColumnRename> columnRenames = shape.fields().stream()
        .flatMap(field -> AnnotationValues.find(field, Jpa.RENAMED_FROM, elements).stream()
            .map(renamed -> new RenameHints.ColumnRename(shape.tableName(),
                Naming.stored(naming.column(renamed.string("value"))), parts.columnOf(field))))
        .toList();
    Optional<AnnotationValues> drops = AnnotationValues.find(entity, Jpa.ACKNOWLEDGE_DROP, elements);
    List<String> droppedColumns = drops
        .map(drop -> drop.strings("columns").stream().map(name -> Naming.stored(naming.column(name))).toList())
        .orElse(List.of());
    List<String> droppedTables = drops.map(drop -> drop.strings("tables")).orElse(List.of());
    return Optional.of(new EntityTable(shape.schema(), parts.table(), parts.sequences, entity, renamedFrom,
        columnRenames, droppedColumns, droppedTables, parts.collectionTables));
  }

  /**
   * Where an attribute is read: the path for messages, the {@code @AttributeOverride}s that apply
   * below it (keyed by attribute path, relative to this scope), and whether it is part of the key.
   */
  private record Scope(String where, Map<String, AnnotationValues> overrides, boolean inKey) {

    Optional<AnnotationValues> override(VariableElement field) {
      return Optional.ofNullable(overrides.get(field.getSimpleName().toString()));
    }

    /** The overrides that apply inside the embedded attribute {@code field}, re-keyed relative to it. */
    Map<String, AnnotationValues> below(VariableElement field) {
      String prefix = field.getSimpleName() + ".";
      Map<String, AnnotationValues> below = new HashMap<>();
      overrides.forEach((path, column) -> {
        if (path.startsWith(prefix)) {
          below.put(path.substring(prefix.length()), column);
        }
      });
      return below;
    }
  }

  /** The columns, keys and constraints one entity's table collects while its attributes are read. */
  private final class TableParts {

    private final Shape shape;
    private final Map<String, Shape> shapes;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<VariableElement, String> columnOfField = new HashMap<>();
    /** Each column's name as mapped, before naming: what a join column referencing it is named after. */
    private final Map<String, String> logicalNames = new HashMap<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<String> naturalId = new ArrayList<>();
    private final List<Sequence> sequences = new ArrayList<>();
    private final List<Table> collectionTables = new ArrayList<>();
    /** While reading a SINGLE_TABLE subclass: the columns Hibernate requires only for its rows. */
    private List<String> subclassRequired;
    /** The entity whose attributes are being read: a SINGLE_TABLE subclass names its own collections. */
    private TypeElement declaringEntity;
    /** Key columns by attribute name; {@link ConstraintColumnOrder} puts them in Hibernate's order. */
    private final Map<String, String> keyColumns = new TreeMap<>();
    private String comment;

    TableParts(Shape shape, Map<String, Shape> shapes) {
      this.shape = shape;
      this.shapes = shapes;
      this.declaringEntity = shape.entity();
    }

    String columnOf(VariableElement field) {
      return columnOfField.get(field);
    }

    Table table() {
      String table = shape.tableName();
      PrimaryKey key = new PrimaryKey(PostgresNames.primaryKeyName(table),
          ConstraintColumnOrder.sort(List.copyOf(keyColumns.values()), columns));
      List<UniqueConstraint> allUniques = new ArrayList<>(uniques);
      if (!naturalId.isEmpty()) {
        allUniques.add(new UniqueConstraint(PostgresNames.uniqueKeyName(table, naturalId), naturalId));
      }
      return new Table(table, List.copyOf(columns.values()), key, allUniques, checks, foreignKeys, indexes, comment);
    }

    void attribute(VariableElement field, Scope scope) {
      String where = scope.where() + "." + field.getSimpleName();
      if (inverseSide(field)) {
        // The other side owns the association and its columns: this side adds nothing to the schema.
        return;
      }
      int errorsBefore = reporter.errors();
      refuseUnsupported(field, where);
      if (reporter.errors() > errorsBefore) {
        return;
      }
      if (AnnotationValues.present(field, Jpa.ONE_TO_MANY)) {
        // Its join column belongs to the target's table: contributions() placed it there.
        if (AnnotationValues.find(field, Jpa.JOIN_COLUMN, elements).isEmpty()) {
          reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "A @OneToMany through a join table (" + where + ")",
              "add @JoinColumn to keep the key in the target's table, or map the other side with @ManyToOne and mappedBy");
        }
        return;
      }
      if (AnnotationValues.present(field, Jpa.MANY_TO_MANY)) {
        joinTable(field, where);
        return;
      }
      if (AnnotationValues.present(field, Jpa.ELEMENT_COLLECTION)) {
        collectionTable(field, where);
        return;
      }
      if (AnnotationValues.present(field, Jpa.MANY_TO_ONE) || AnnotationValues.present(field, Jpa.ONE_TO_ONE)) {
        if (scope.inKey()) {
          reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "An association in a key (" + where + ")",
              "map the key column as a basic attribute and the association beside it with @MapsId later");
          return;
        }
        association(field, where);
      } else if (embeddable(field.asType()).isPresent()) {
        embedded(field, scope, where);
      } else {
        basic(field, scope, where);
      }
    }

    private void basic(VariableElement field, Scope scope, String where) {
      Optional<AnnotationValues> column = scope.override(field).or(() -> AnnotationValues.find(field, Jpa.COLUMN, elements));
      if (column.isPresent() && !column.get().string("table").isBlank()) {
        reporter.error(field, column.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Column(table) on " + where, "secondary tables are not read yet");
        return;
      }
      String logical = column.map(c -> c.string("name")).filter(name -> !name.isBlank())
          .orElse(field.getSimpleName().toString());
      Identifier physical = naming.column(logical);
      String name = Naming.stored(physical);
      logicalNames.put(name, logical);
      refuseReservedColumn(field, physical, where);
      Optional<String> sqlType = basicType(field, column, name, where);
      if (sqlType.isEmpty()) {
        return;
      }
      boolean id = scope.inKey();
      // Hibernate infers not null from a primitive only when no @Column states nullability (its default is true).
      boolean required = id
          || AnnotationValues.present(field, Jpa.VERSION)
          || column.map(c -> !c.bool("nullable")).orElse(field.asType().getKind().isPrimitive())
          || AnnotationValues.find(field, Jpa.BASIC, elements).map(basic -> !basic.bool("optional")).orElse(false);
      Column mapped = Column.column(name, sqlType.get());
      if (subclassRequired != null && required && column.map(c -> c.bool("nullable")).orElse(true)
          && AnnotationValues.find(field, Jpa.BASIC, elements).map(basic -> basic.bool("optional")).orElse(true)) {
        // A subclass's implicitly required column (a primitive) must stay null in other classes' rows.
        subclassRequired.add(name);
        required = false;
      }
      mapped = required ? mapped.notNull() : mapped;
      mapped = mapped.defaultValue(AnnotationValues.find(field, Jpa.COLUMN_DEFAULT, elements)
          .map(value -> value.string("value")).orElse(null));
      mapped = mapped.comment(AnnotationValues.find(field, Jpa.COMMENT, elements)
          .map(value -> value.string("value")).orElse(null));
      Optional<AnnotationValues> generated = AnnotationValues.find(field, Jpa.GENERATED_VALUE, elements);
      if (generated.isPresent()) {
        if (!id) {
          reporter.error(field, generated.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "@GeneratedValue on " + where + ", which is not the @Id", "generate only identifiers");
          return;
        }
        Optional<Column> generatedColumn = generatedId(field, mapped, generated.get(), where);
        if (generatedColumn.isEmpty()) {
          return;
        }
        mapped = generatedColumn.get();
      }
      if (column.map(c -> c.bool("unique")).orElse(false)) {
        uniques.add(new UniqueConstraint(PostgresNames.uniqueKeyName(shape.tableName(), List.of(name)), List.of(name)));
      }
      if (AnnotationValues.present(field, Jpa.NATURAL_ID)) {
        naturalId.add(name);
      }
      AnnotationValues.find(field, Jpa.CHECK, elements).ifPresent(check -> checks.add(new CheckConstraint(
          check.string("name").isBlank() ? PostgresNames.columnCheckName(shape.tableName(), name)
              : Naming.stored(Identifier.toIdentifier(check.string("name"))),
          check.string("constraints"))));
      add(field, mapped);
    }

    /** The column type, or empty after reporting why the attribute cannot be typed. */
    private Optional<String> basicType(VariableElement field, Optional<AnnotationValues> column, String name, String where) {
      TypeMirror attributeType = field.asType();
      Optional<AnnotationValues> convert = AnnotationValues.find(field, Jpa.CONVERT, elements)
          .filter(annotation -> !annotation.bool("disableConversion"));
      if (convert.isPresent()) {
        Optional<TypeMirror> databaseType = converterDatabaseType(convert.get().type("converter"));
        if (databaseType.isEmpty()) {
          reporter.error(field, convert.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING, "@Convert on " + where,
              "name a converter class implementing AttributeConverter<" + attributeType + ", Y>");
          return Optional.empty();
        }
        if (isBoolean(attributeType)) {
          // Hibernate checks the column against the converted values of true and false, which only running
          // the converter tells.
          reporter.error(field, convert.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "@Convert of a boolean attribute (" + where + ")", "map it as a plain boolean column for now");
          return Optional.empty();
        }
      }
      // A converted attribute is stored as the converter's database type.
      TypeMirror type = convert.isPresent() ? converterDatabaseType(convert.get().type("converter")).orElseThrow()
          : attributeType;
      String definition = column.map(c -> c.string("columnDefinition")).orElse("");
      if (!definition.isBlank()) {
        Optional<String> canonical = ColumnTypes.ofDefinition(definition);
        if (canonical.isEmpty()) {
          reporter.error(field, column.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "@Column(columnDefinition = \"" + definition + "\") on " + where,
              "give a plain PostgreSQL type such as text or varchar(20); defaults and constraints have annotations");
        }
        return canonical;
      }
      ColumnTypes.Sizes sizes = column
          .map(c -> new ColumnTypes.Sizes(c.integer("length"), c.integer("precision"), c.integer("scale")))
          .orElse(new ColumnTypes.Sizes(255, 0, 0));
      Optional<AnnotationValues> jdbcType = AnnotationValues.find(field, Jpa.JDBC_TYPE_CODE, elements);
      if (jdbcType.isPresent()) {
        int code = jdbcType.get().integer("value");
        Optional<String> coded = ColumnTypes.ofJdbcTypeCode(code, type, sizes, column.isPresent());
        if (coded.isEmpty()) {
          reporter.error(field, jdbcType.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "@JdbcTypeCode(" + code + ") on " + where,
              "use JSON, UUID, INET, LONGVARCHAR, CHAR, VARCHAR, SMALLINT, INTEGER, BIGINT or ARRAY");
        }
        return coded;
      }
      Optional<String> sqlType = enumConstants(type)
          .map(constants -> enumType(field, shape.tableName(), name, constants, sizes, checks))
          .or(() -> ColumnTypes.of(type, sizes,
              AnnotationValues.find(field, Jpa.TEMPORAL, elements).map(t -> t.enumConstant("value")).orElse(null),
              AnnotationValues.present(field, Jpa.LOB)));
      if (sqlType.isEmpty()) {
        reporter.error(field, Diagnostic.UNSUPPORTED_TYPE, where, type);
      }
      return sqlType;
    }

    /**
     * A {@code @ManyToOne} or owning {@code @OneToOne}: a join column typed like the key it
     * references, Hibernate's hashed foreign key, and for a one-to-one a unique key on the column.
     */
    private void association(VariableElement field, String where) {
      boolean oneToOne = AnnotationValues.present(field, Jpa.ONE_TO_ONE);
      AnnotationValues association = AnnotationValues.find(field, oneToOne ? Jpa.ONE_TO_ONE : Jpa.MANY_TO_ONE, elements)
          .orElseThrow();
      if (oneToOne && !association.string("mappedBy").isBlank()) {
        return;
      }
      Optional<Shape> target = entityOf(field.asType())
          .map(found -> found.singleTableRoot() == null ? found
              : shapes.get(found.singleTableRoot().getQualifiedName().toString()));
      if (target.isEmpty()) {
        reporter.error(field, association.mirror(), Diagnostic.UNKNOWN_TARGET, where, field.asType());
        return;
      }
      if (target.get().tableless()) {
        reporter.error(field, association.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "An association to abstract " + target.get().entity().getSimpleName() + ", which has no table of its own"
                + " under TABLE_PER_CLASS (" + where + ")", "refer to a concrete entity");
        return;
      }
      if (!target.get().schema().equals(shape.schema())) {
        reporter.error(field, association.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "A foreign key across schemas (" + where + ")", "keep associated entities in one schema");
        return;
      }
      Optional<AnnotationValues> join = AnnotationValues.find(field, Jpa.JOIN_COLUMN, elements);
      Optional<String> givenReference = join.map(j -> j.string("referencedColumnName")).filter(name -> !name.isBlank());
      if (givenReference.isEmpty() && (target.get().simpleId().isEmpty()
          || AnnotationValues.present(field, Jpa.JOIN_COLUMNS))) {
        compositeAssociation(field, association, target.get(), oneToOne, where);
        return;
      }
      String keyName = joinedKeyName(target.get());
      String referencedName = givenReference.orElse(keyName);
      // An implicit join column is named after the attribute and the key it references, as mapped.
      boolean referencesKey = Naming.stored(naming.column(referencedName)).equals(Naming.stored(naming.column(keyName)));
      Optional<VariableElement> referenced = referencesKey ? target.get().simpleId()
          : target.get().fields().stream()
              .filter(candidate -> Naming.stored(naming.column(logicalColumnName(candidate)))
                  .equals(Naming.stored(naming.column(referencedName))))
              .findFirst();
      if (referenced.isEmpty()) {
        reporter.error(field, join.map(AnnotationValues::mirror).orElse(association.mirror()), Diagnostic.UNKNOWN_COLUMN,
            where, referencedName, target.get().entity().getSimpleName());
        return;
      }
      Optional<String> referencedType = new TableParts(target.get(), shapes)
          .basicType(referenced.get(), AnnotationValues.find(referenced.get(), Jpa.COLUMN, elements), "",
              target.get().entity().getSimpleName() + "." + referenced.get().getSimpleName());
      if (referencedType.isEmpty()) {
        return;
      }
      Identifier physical = naming.column(join.map(j -> j.string("name")).filter(name -> !name.isBlank())
          .orElse(field.getSimpleName() + "_" + referencedName));
      String name = Naming.stored(physical);
      refuseReservedColumn(field, physical, where);
      boolean nullable = association.bool("optional") && join.map(j -> j.bool("nullable")).orElse(true);
      Column column = Column.column(name, referencedType.get());
      add(field, nullable ? column : column.notNull());
      if (oneToOne) {
        uniques.add(new UniqueConstraint(PostgresNames.uniqueKeyName(shape.tableName(), List.of(name)), List.of(name)));
      }
      Optional<AnnotationValues> foreignKey = join.map(j -> j.annotation("foreignKey"));
      if (foreignKey.map(key -> key.enumConstant("value").equals("NO_CONSTRAINT")).orElse(false)) {
        return;
      }
      String constraintName = foreignKey.map(key -> key.string("name")).filter(keyText -> !keyText.isBlank())
          .map(keyText -> Naming.stored(Identifier.toIdentifier(keyText)))
          .orElseGet(() -> Naming.foreignKeyName(shape.table(), target.get().table(), List.of(physical)));
      ForeignKey.Action onDelete = AnnotationValues.find(field, Jpa.ON_DELETE, elements)
          .map(action -> ForeignKey.Action.valueOf(action.enumConstant("action")))
          .orElse(ForeignKey.Action.NO_ACTION);
      // The key of a JOINED subclass is its own key column, which may be named otherwise than the root's.
      String referencedColumn = Naming.stored(naming.column(referencesKey ? keyName : logicalColumnName(referenced.get())));
      foreignKeys.add(ForeignKey.foreignKey(constraintName, name)
          .references(target.get().tableName(), referencedColumn)
          .onDelete(onDelete));
    }

    /**
     * An association to an entity with a composite key: a join column per key column
     * ({@code <attribute>_<key column>}, or {@code @JoinColumns}), ordered like the key it references,
     * and one foreign key over all of them.
     */
    private void compositeAssociation(VariableElement field, AnnotationValues association, Shape target,
        boolean oneToOne, String where) {
      if (oneToOne || target.joinedParent() != null) {
        reporter.error(field, association.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "This association to the composite key of " + target.entity().getSimpleName() + " (" + where + ")",
            "use a @ManyToOne to an entity that is not a JOINED subclass");
        return;
      }
      TableParts key = new TableParts(target, shapes);
      for (VariableElement id : target.ids()) {
        key.attribute(id, new Scope(target.entity().getSimpleName().toString(), Map.of(), true));
      }
      List<String> referenced = ConstraintColumnOrder.sort(List.copyOf(key.keyColumns.values()), key.columns);
      Map<String, String> joinNames = new HashMap<>();
      Optional<AnnotationValues> joins = AnnotationValues.find(field, Jpa.JOIN_COLUMNS, elements);
      for (AnnotationValues join : joins.map(j -> j.annotations("value")).orElse(List.of())) {
        String reference = Naming.stored(naming.column(join.string("referencedColumnName")));
        if (join.string("referencedColumnName").isBlank() || !referenced.contains(reference)) {
          reporter.error(field, joins.get().mirror(), Diagnostic.UNKNOWN_COLUMN, where,
              join.string("referencedColumnName"), target.entity().getSimpleName() + "'s key");
          return;
        }
        joinNames.put(reference, join.string("name"));
      }
      if (joins.isPresent() && joinNames.size() != referenced.size()) {
        reporter.error(field, joins.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@JoinColumns naming " + joinNames.size() + " of the " + referenced.size() + " key columns of "
                + target.entity().getSimpleName() + " (" + where + ")", "name one join column per key column");
        return;
      }
      boolean nullable = association.bool("optional");
      List<Identifier> physical = new ArrayList<>();
      List<String> joinColumns = new ArrayList<>();
      for (String keyColumn : referenced) {
        Identifier column = naming.column(joinNames.getOrDefault(keyColumn,
            field.getSimpleName() + "_" + key.logicalNames.get(keyColumn)));
        physical.add(column);
        joinColumns.add(Naming.stored(column));
        Column typed = Column.column(Naming.stored(column), key.columns.get(keyColumn).type());
        add(field, nullable ? typed : typed.notNull());
      }
      foreignKeys.add(new ForeignKey(Naming.foreignKeyName(shape.table(), target.table(), physical), joinColumns,
          target.tableName(), referenced, ForeignKey.Action.NO_ACTION, ForeignKey.Action.NO_ACTION));
    }

    /**
     * An {@code @Embedded} attribute (or one whose type is {@code @Embeddable}): its attributes
     * become columns of this table, named by their own mapping (JPA's default naming uses the leaf
     * name) unless an {@code @AttributeOverride} replaces their {@code @Column}.
     */
    private void embedded(VariableElement field, Scope scope, String where) {
      TypeElement embeddable = embeddable(field.asType()).orElseThrow();
      Map<String, AnnotationValues> overrides = new HashMap<>();
      for (AnnotationValues override : attributeOverrides(field)) {
        overrides.put(override.string("name"), override.annotation("column"));
      }
      overrides.putAll(scope.below(field));
      Scope inside = new Scope(where, overrides, scope.inKey());
      for (VariableElement member : ElementFilter.fieldsIn(embeddable.getEnclosedElements())) {
        if (persistent(member)) {
          attribute(member, inside);
        }
      }
    }

    private List<AnnotationValues> attributeOverrides(VariableElement field) {
      List<AnnotationValues> overrides = new ArrayList<>();
      AnnotationValues.find(field, Jpa.ATTRIBUTE_OVERRIDE, elements).ifPresent(overrides::add);
      AnnotationValues.find(field, Jpa.ATTRIBUTE_OVERRIDES, elements)
          .ifPresent(list -> overrides.addAll(list.annotations("value")));
      return overrides;
    }

    /**
     * JOINED inheritance: the key column that is also a foreign key to the parent entity's table,
     * typed like the root's identifier and named as {@link #joinedKeyName} says.
     */
    void joinedKey(Shape parent) {
      VariableElement rootId = shape.ids().get(0);
      String where = shape.entity().getSimpleName() + " (key joined to " + parent.entity().getSimpleName() + ")";
      Optional<String> type = basicType(rootId, AnnotationValues.find(rootId, Jpa.COLUMN, elements), "", where);
      if (type.isEmpty()) {
        return;
      }
      Identifier physical = naming.column(joinedKeyName(shape));
      String name = Naming.stored(physical);
      columns.put(name, Column.column(name, type.get()).notNull());
      keyColumns.put(rootId.getSimpleName().toString(), name);
      foreignKeys.add(ForeignKey.foreignKey(Naming.foreignKeyName(shape.table(), parent.table(), List.of(physical)), name)
          .references(parent.tableName(), Naming.stored(naming.column(joinedKeyName(parent)))));
    }

    /** A join column another entity's {@code @OneToMany} keeps in this table, with its foreign key. */
    void contributed(Contribution contribution) {
      Column column = Column.column(contribution.column(), contribution.type());
      add(contribution.field(), contribution.nullable() ? column : column.notNull());
      foreignKeys.add(ForeignKey.foreignKey(
              Naming.foreignKeyName(shape.table(), contribution.owner().table(), List.of(contribution.physical())),
              contribution.column())
          .references(contribution.owner().tableName(), contribution.ownerKey()));
    }

    /**
     * An owning {@code @ManyToMany}: a join table ({@code @JoinTable} or
     * {@code <owner table>_<target table>}) with a column for each side's key and a foreign key to
     * each; a {@code Set} makes both columns its primary key.
     */
    private void joinTable(VariableElement field, String where) {
      Optional<Shape> target = entityOf(elementType(field));
      if (target.isEmpty() || target.get().simpleId().isEmpty() || target.get().tableless()
          || shape.simpleId().isEmpty()) {
        reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "This @ManyToMany (" + where + ")",
            "both sides must be entities of this compilation with a single @Id");
        return;
      }
      Optional<AnnotationValues> joinTable = AnnotationValues.find(field, Jpa.JOIN_TABLE, elements);
      Identifier table = naming.table(joinTable.map(t -> t.string("name")).filter(name -> !name.isBlank())
          .orElse(shape.table().getText() + "_" + target.get().table().getText()));
      String ownerKey = joinedKeyName(shape);
      String targetKey = joinedKeyName(target.get());
      // JPA names the owner's column after the inverse attribute when the association is bidirectional.
      String ownerPrefix = target.get().fields().stream()
          .filter(inverse -> AnnotationValues.find(inverse, Jpa.MANY_TO_MANY, elements)
              .map(association -> association.string("mappedBy").equals(field.getSimpleName().toString()))
              .orElse(false))
          .map(inverse -> inverse.getSimpleName().toString())
          .findFirst()
          .orElse(entityName(declaringEntity));
      Identifier ownerColumn = naming.column(joinColumnName(joinTable, "joinColumns", ownerPrefix + "_" + ownerKey));
      Identifier targetColumn = naming.column(joinColumnName(joinTable, "inverseJoinColumns",
          field.getSimpleName() + "_" + targetKey));
      List<Column> tableColumns = List.of(
          Column.column(Naming.stored(ownerColumn), keyType(shape)).notNull(),
          Column.column(Naming.stored(targetColumn), keyType(target.get())).notNull());
      List<ForeignKey> keys = List.of(
          ForeignKey.foreignKey(Naming.foreignKeyName(table, shape.table(), List.of(ownerColumn)), Naming.stored(ownerColumn))
              .references(shape.tableName(), Naming.stored(naming.column(ownerKey))),
          ForeignKey.foreignKey(Naming.foreignKeyName(table, target.get().table(), List.of(targetColumn)),
                  Naming.stored(targetColumn))
              .references(target.get().tableName(), Naming.stored(naming.column(targetKey))));
      String name = Naming.stored(table);
      Map<String, Column> byName = new LinkedHashMap<>();
      tableColumns.forEach(column -> byName.put(column.name(), column));
      List<CheckConstraint> tableChecks = new ArrayList<>();
      List<String> keyColumns = new ArrayList<>();
      Optional<AnnotationValues> order = AnnotationValues.find(field, Jpa.ORDER_COLUMN, elements);
      if (order.isPresent()) {
        keyColumns.addAll(List.of(Naming.stored(ownerColumn), orderColumn(field, order.get(), name, byName, tableChecks)));
      } else if (isSet(field.asType())) {
        keyColumns.addAll(List.of(Naming.stored(ownerColumn), Naming.stored(targetColumn)));
      }
      PrimaryKey key = keyColumns.isEmpty() ? null
          : new PrimaryKey(PostgresNames.primaryKeyName(name), ConstraintColumnOrder.sort(keyColumns, byName));
      collectionTables.add(new Table(name, List.copyOf(byName.values()), key, List.of(), tableChecks, keys, List.of(),
          null));
    }

    /**
     * An {@code @ElementCollection} of basic values: a collection table ({@code @CollectionTable} or
     * {@code <entity name>_<attribute>}) holding the owner's key and the value; a {@code Set} makes
     * the pair unique.
     */
    private void collectionTable(VariableElement field, String where) {
      TypeMirror element = elementType(field);
      if (shape.simpleId().isEmpty() || embeddable(element).isPresent() || entityOf(element).isPresent()) {
        reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "This @ElementCollection (" + where + ")",
            "Tidemark reads collections of basic values owned by an entity with a single @Id");
        return;
      }
      Optional<AnnotationValues> collection = AnnotationValues.find(field, Jpa.COLLECTION_TABLE, elements);
      Identifier table = naming.table(collection.map(t -> t.string("name")).filter(name -> !name.isBlank())
          .orElse(entityName(declaringEntity) + "_" + field.getSimpleName()));
      String ownerKey = joinedKeyName(shape);
      Identifier ownerColumn = naming.column(joinColumnName(collection, "joinColumns",
          entityName(declaringEntity) + "_" + ownerKey));
      Optional<AnnotationValues> valueColumn = AnnotationValues.find(field, Jpa.COLUMN, elements);
      String value = Naming.stored(naming.column(valueColumn.map(c -> c.string("name")).filter(name -> !name.isBlank())
          .orElse(field.getSimpleName().toString())));
      ColumnTypes.Sizes sizes = valueColumn
          .map(c -> new ColumnTypes.Sizes(c.integer("length"), c.integer("precision"), c.integer("scale")))
          .orElse(new ColumnTypes.Sizes(255, 0, 0));
      String name = Naming.stored(table);
      List<CheckConstraint> tableChecks = new ArrayList<>();
      Optional<String> valueType = collectionValueType(field, element, name, value, sizes, tableChecks);
      if (valueType.isEmpty()) {
        reporter.error(field, Diagnostic.UNSUPPORTED_TYPE, where, element);
        return;
      }
      String owner = Naming.stored(ownerColumn);
      Map<String, Column> tableColumns = new LinkedHashMap<>();
      tableColumns.put(owner, Column.column(owner, keyType(shape)).notNull());
      tableColumns.put(value, Column.column(value, valueType.get()));
      List<String> keyColumns = new ArrayList<>(List.of(owner));
      Optional<AnnotationValues> order = AnnotationValues.find(field, Jpa.ORDER_COLUMN, elements);
      Optional<AnnotationValues> mapKey = AnnotationValues.find(field, Jpa.MAP_KEY_COLUMN, elements);
      if (order.isPresent()) {
        keyColumns.add(orderColumn(field, order.get(), name, tableColumns, tableChecks));
      } else if (mapKey.isPresent()) {
        TypeMirror keyType = ((DeclaredType) field.asType()).getTypeArguments().get(0);
        String key = Naming.stored(naming.column(mapKey.get().string("name").isBlank()
            ? field.getSimpleName() + "_KEY" : mapKey.get().string("name")));
        Optional<String> keySqlType = ColumnTypes.of(keyType, new ColumnTypes.Sizes(mapKey.get().integer("length"),
            mapKey.get().integer("precision"), mapKey.get().integer("scale")), null, false);
        if (keySqlType.isEmpty()) {
          reporter.error(field, mapKey.get().mirror(), Diagnostic.UNSUPPORTED_TYPE, where + " (map key)", keyType);
          return;
        }
        tableColumns.put(key, Column.column(key, keySqlType.get()).notNull());
        keyColumns.add(key);
      } else if (isMap(field.asType())) {
        reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "A map without @MapKeyColumn (" + where + ")",
            "name its key column with @MapKeyColumn");
        return;
      }
      PrimaryKey key = keyColumns.size() > 1
          ? new PrimaryKey(PostgresNames.primaryKeyName(name), ConstraintColumnOrder.sort(keyColumns, tableColumns))
          : null;
      List<String> uniqueColumns = List.of(owner, value);
      List<UniqueConstraint> unique = isSet(field.asType())
          ? List.of(new UniqueConstraint(PostgresNames.uniqueKeyName(name, uniqueColumns), uniqueColumns))
          : List.of();
      collectionTables.add(new Table(name, List.copyOf(tableColumns.values()), key, unique, tableChecks,
          List.of(ForeignKey.foreignKey(Naming.foreignKeyName(table, shape.table(), List.of(ownerColumn)), owner)
              .references(shape.tableName(), Naming.stored(naming.column(ownerKey)))),
          List.of(), null));
    }

    /** The value column's type; an enum adds the check Hibernate gives it. */
    private Optional<String> collectionValueType(VariableElement field, TypeMirror element, String table, String column,
        ColumnTypes.Sizes sizes, List<CheckConstraint> tableChecks) {
      return enumConstants(element)
          .map(constants -> enumType(field, table, column, constants, sizes, tableChecks))
          .or(() -> ColumnTypes.of(element, sizes, null, false));
    }

    /**
     * Hibernate 7 stores an enum as smallint ({@code ORDINAL}) or varchar ({@code STRING}), with a
     * check listing what is valid, added to {@code tableChecks}; returns the column type.
     */
    private String enumType(VariableElement field, String table, String column, List<String> constants,
        ColumnTypes.Sizes sizes, List<CheckConstraint> tableChecks) {
      boolean asString = AnnotationValues.find(field, Jpa.ENUMERATED, elements)
          .map(enumerated -> enumerated.enumConstant("value").equals("STRING"))
          .orElse(false);
      String quoted = PostgresNames.quote(column);
      String expression = asString
          ? quoted + " in (" + constants.stream().map(constant -> "'" + constant + "'").collect(Collectors.joining(", ")) + ")"
          : quoted + " between 0 and " + (constants.size() - 1);
      tableChecks.add(new CheckConstraint(PostgresNames.columnCheckName(table, column), expression));
      return asString ? ColumnTypes.varchar(sizes.length()) : "smallint";
    }

    /** A list's {@code @OrderColumn}: {@code <attribute>_ORDER} unless named, not null and never negative. */
    private String orderColumn(VariableElement field, AnnotationValues order, String table,
        Map<String, Column> tableColumns, List<CheckConstraint> tableChecks) {
      String position = Naming.stored(naming.column(order.string("name").isBlank()
          ? field.getSimpleName() + "_ORDER" : order.string("name")));
      tableColumns.put(position, Column.column(position, "integer").notNull());
      tableChecks.add(new CheckConstraint(PostgresNames.columnCheckName(table, position),
          PostgresNames.quote(position) + " >= 0"));
      return position;
    }

    /** The type of an entity's single key column, as a column that references it (never identity). */
    private String keyType(Shape keyed) {
      VariableElement id = keyed.simpleId().orElseThrow();
      return new TableParts(keyed, shapes).basicType(id, AnnotationValues.find(id, Jpa.COLUMN, elements), "",
          keyed.entity().getSimpleName() + "." + id.getSimpleName()).orElse("bigint");
    }

    /**
     * SINGLE_TABLE inheritance: the root's table also holds every subclass's columns and a
     * discriminator column ({@code @DiscriminatorColumn}, {@code DTYPE varchar(31)} by default)
     * checked against the classes' values; a subclass's primitive columns are nullable, and a check
     * per subclass requires them in its own rows. Values are listed root first, then most derived
     * first, then by name; the per-class checks by depth, then name (Hibernate follows the order
     * classes are registered, which varies between applications).
     */
    void singleTableSubclasses() {
      TypeElement root = shape.entity();
      Optional<AnnotationValues> discriminator = AnnotationValues.find(root, Jpa.DISCRIMINATOR_COLUMN, elements);
      String kind = discriminator.map(d -> d.enumConstant("discriminatorType")).orElse("STRING");
      boolean integer = kind.equals("INTEGER");
      List<TypeElement> unvalued = shape.singleTableMembers().stream()
          .filter(member -> !AnnotationValues.present(member, Jpa.DISCRIMINATOR_VALUE)).toList();
      if (integer && (!AnnotationValues.present(root, Jpa.DISCRIMINATOR_VALUE) || !unvalued.isEmpty())) {
        // Without values Hibernate derives integers from hash codes of the entity names.
        reporter.error(root, discriminator.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "An INTEGER discriminator without @DiscriminatorValue on every class of " + root.getSimpleName(),
            "give each class its @DiscriminatorValue");
        return;
      }
      String column = Naming.stored(naming.column(discriminator.map(d -> d.string("name"))
          .filter(name -> !name.isBlank()).orElse("DTYPE")));
      int length = discriminator.map(d -> d.integer("length")).orElse(31);
      List<TypeElement> members = new ArrayList<>(shape.singleTableMembers());
      members.sort(Comparator.comparingInt((TypeElement member) -> mappedChain(member).size())
          .thenComparing(member -> member.getSimpleName().toString()));
      Map<TypeElement, List<String>> required = new LinkedHashMap<>();
      for (TypeElement member : members) {
        subclassRequired = new ArrayList<>();
        declaringEntity = member;
        TypeElement parent = mappedChain(member).stream()
            .filter(type -> AnnotationValues.present(type, Jpa.ENTITY) && !type.equals(member))
            .reduce((first, second) -> second).orElseThrow();
        List<TypeElement> own = mappedChain(member).subList(mappedChain(member).indexOf(parent) + 1, mappedChain(member).size());
        for (TypeElement type : own) {
          for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (persistent(field)) {
              attribute(field, new Scope(member.getSimpleName().toString(), Map.of(), false));
            }
          }
        }
        required.put(member, subclassRequired);
      }
      subclassRequired = null;
      String columnType = integer ? "integer" : kind.equals("CHAR") ? "character(1)" : ColumnTypes.varchar(length);
      columns.put(column, Column.column(column, columnType).notNull());
      String quote = integer ? "" : "'";
      List<TypeElement> valued = new ArrayList<>(members);
      valued.sort(Comparator.comparingInt((TypeElement member) -> -mappedChain(member).size())
          .thenComparing(member -> member.getSimpleName().toString()));
      valued.add(0, root);
      String quoted = PostgresNames.quote(column);
      checks.add(new CheckConstraint(PostgresNames.columnCheckName(shape.tableName(), column), quoted + " in ("
          + valued.stream().filter(type -> !type.getModifiers().contains(Modifier.ABSTRACT))
              .map(value -> quote + discriminatorValue(value) + quote).collect(Collectors.joining(", ")) + ")"));
      int number = 0;
      for (Map.Entry<TypeElement, List<String>> entry : required.entrySet()) {
        List<String> columnsOfClass = new ArrayList<>();
        for (TypeElement type : mappedChain(entry.getKey())) {
          if (required.containsKey(type)) {
            columnsOfClass.addAll(required.get(type));
          }
        }
        if (columnsOfClass.isEmpty()) {
          continue;
        }
        String base = PostgresNames.tableCheckName(shape.tableName(), null);
        checks.add(new CheckConstraint(number == 0 ? base : base + number, quoted + " <> " + quote
            + discriminatorValue(entry.getKey()) + quote + " or (" + columnsOfClass.stream()
                .map(name -> PostgresNames.quote(name) + " is not null").collect(Collectors.joining(" and ")) + ")"));
        number++;
      }
    }

    /** Table-level mappings: unique constraints, indexes, checks and the comment of the class. */
    void tableLevel() {
      TypeElement entity = shape.entity();
      String table = shape.tableName();
      Optional<AnnotationValues> tableAnnotation = AnnotationValues.find(entity, Jpa.TABLE, elements);
      for (AnnotationValues unique : tableAnnotation.map(t -> t.annotations("uniqueConstraints")).orElse(List.of())) {
        List<String> keyColumns = unique.strings("columnNames").stream()
            .map(name -> Naming.stored(naming.column(name))).toList();
        uniques.add(new UniqueConstraint(unique.string("name").isBlank() ? PostgresNames.uniqueKeyName(table, keyColumns)
            : Naming.stored(Identifier.toIdentifier(unique.string("name"))), keyColumns));
      }
      for (AnnotationValues index : tableAnnotation.map(t -> t.annotations("indexes")).orElse(List.of())) {
        index(entity, index);
      }
      AnnotationValues.find(entity, Jpa.CHECK, elements).ifPresent(check -> checks.add(new CheckConstraint(
          check.string("name").isBlank() ? tableCheckName(check.string("constraints"))
              : Naming.stored(Identifier.toIdentifier(check.string("name"))),
          check.string("constraints"))));
      comment = AnnotationValues.find(entity, Jpa.COMMENT, elements).map(value -> value.string("value")).orElse(null);
    }

    /** An {@code @Index}: Hibernate hashes an unnamed one ({@code IDX...}); a unique one becomes a unique key. */
    private void index(TypeElement entity, AnnotationValues index) {
      List<String> specs = List.of(index.string("columnList").split(","));
      // Hibernate hashes an unnamed index over the physical table name and the columns as listed.
      List<Identifier> listed = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      for (String spec : specs) {
        String[] words = spec.trim().split("\\s+");
        Identifier column = naming.column(words[0]);
        listed.add(Identifier.toIdentifier(words[0]));
        boolean descending = words.length > 1 && words[1].equalsIgnoreCase("desc");
        keys.add(Naming.stored(column) + (descending ? " desc" : ""));
      }
      String given = index.string("name");
      if (index.bool("unique")) {
        if (given.isBlank()) {
          reporter.error(entity, index.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "An unnamed unique @Index on " + entity.getSimpleName(), "give it a name, or use @UniqueConstraint");
          return;
        }
        uniques.add(new UniqueConstraint(Naming.stored(Identifier.toIdentifier(given)),
            keys.stream().map(key -> key.replace(" desc", "")).toList()));
        return;
      }
      String name = given.isBlank() ? Naming.constraintName("IDX", shape.table(), listed)
          : Naming.stored(Identifier.toIdentifier(given));
      indexes.add(Index.index(name, keys.toArray(String[]::new)));
    }

    /** PostgreSQL names an unnamed table check after the one column it uses, if it uses exactly one. */
    private String tableCheckName(String expression) {
      Set<String> used = new TreeSet<>();
      Matcher words = WORD.matcher(expression.replaceAll("'[^']*'", ""));
      while (words.find()) {
        String word = words.group().toLowerCase(Locale.ROOT);
        if (columns.containsKey(word)) {
          used.add(word);
        }
      }
      return PostgresNames.tableCheckName(shape.tableName(), used.size() == 1 ? used.iterator().next() : null);
    }

    private void add(VariableElement field, Column column) {
      if (columns.putIfAbsent(column.name(), column) != null) {
        reporter.error(field, Diagnostic.DUPLICATE_COLUMN, shape.entity().getSimpleName(), column.name());
        return;
      }
      columnOfField.put(field, column.name());
      if (!column.nullable() && keyAttribute(field)) {
        keyColumns.put(field.getSimpleName().toString(), column.name());
      }
    }

    /** Whether {@code field} is an @Id attribute or inside the @EmbeddedId. */
    private boolean keyAttribute(VariableElement field) {
      return shape.ids().contains(field)
          || shape.ids().stream().anyMatch(id -> AnnotationValues.present(id, Jpa.EMBEDDED_ID)
              && embeddable(id.asType()).map(type -> type.equals(field.getEnclosingElement())).orElse(false));
    }

    private Optional<Column> generatedId(VariableElement field, Column column, AnnotationValues generated, String where) {
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
          Optional<Sequence> sequence = sequenceFor(field, generated, where);
          sequence.ifPresent(sequences::add);
          return sequence.map(used -> column);
        default:
          reporter.error(field, generated.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "GenerationType." + strategy + " on " + where, "use IDENTITY, SEQUENCE, AUTO or UUID");
          return Optional.empty();
      }
    }

    /**
     * The sequence Hibernate 7's standard naming uses: the named {@code @SequenceGenerator}'s; else
     * the generator name itself; else {@code <table name>_SEQ}. Allocation size 50 by default.
     */
    private Optional<Sequence> sequenceFor(VariableElement field, AnnotationValues generated, String where) {
      String generator = generated.string("generator");
      if (generator.isBlank()) {
        Identifier table = shape.rootTable();
        String base = table.getText() + "_SEQ";
        return Optional.of(new Sequence(
            Naming.stored(naming.sequence(table.isQuoted() ? "`" + base + "`" : base)), 1, DEFAULT_ALLOCATION_SIZE));
      }
      for (Element holder : List.of(field, shape.entity())) {
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
          return Optional.of(new Sequence(Naming.stored(naming.sequence(sequenceName)),
              found.integer("initialValue"), found.integer("allocationSize")));
        }
      }
      return Optional.of(new Sequence(Naming.stored(naming.sequence(generator)), 1, DEFAULT_ALLOCATION_SIZE));
    }

    private Optional<Shape> entityOf(TypeMirror type) {
      if (type.getKind() != TypeKind.DECLARED) {
        return Optional.empty();
      }
      TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
      return Optional.ofNullable(shapes.get(element.getQualifiedName().toString()));
    }
  }

  /**
   * The key column name of an entity as mapped: its {@code @PrimaryKeyJoinColumn}, else (a JOINED
   * subclass) its parent's key column name, else its identifier's column name.
   */
  private String joinedKeyName(Shape shape) {
    return AnnotationValues.find(shape.entity(), Jpa.PRIMARY_KEY_JOIN_COLUMN, elements)
        .map(join -> join.string("name")).filter(name -> !name.isBlank())
        .orElseGet(() -> shape.joinedParent() == null ? logicalColumnName(shape.ids().get(0))
            : joinedKeyName(allShapes.get(shape.joinedParent().getQualifiedName().toString())));
  }

  /**
   * A join column another entity's {@code @OneToMany @JoinColumn} puts in this entity's table.
   *
   * @param field the collection attribute, where messages go
   * @param owner the entity that owns the collection, whose key the column references
   */
  private record Contribution(VariableElement field, Shape owner, String column, Identifier physical, String type,
      boolean nullable, String ownerKey) {}

  /** The join columns each entity receives from unidirectional {@code @OneToMany @JoinColumn}s, by target class. */
  private Map<String, List<Contribution>> contributions(Map<String, Shape> shapes) {
    Map<String, List<Contribution>> contributions = new HashMap<>();
    for (Shape owner : shapes.values()) {
      for (VariableElement field : owner.fields()) {
        Optional<AnnotationValues> join = AnnotationValues.find(field, Jpa.JOIN_COLUMN, elements);
        if (!AnnotationValues.present(field, Jpa.ONE_TO_MANY) || inverseSide(field) || join.isEmpty()) {
          continue;
        }
        TypeMirror element = elementType(field);
        Optional<Shape> target = element.getKind() == TypeKind.DECLARED
            ? Optional.ofNullable(shapes.get(((TypeElement) ((DeclaredType) element).asElement()).getQualifiedName().toString()))
            : Optional.empty();
        if (target.isEmpty() || owner.simpleId().isEmpty()) {
          reporter.error(field, join.get().mirror(), Diagnostic.UNKNOWN_TARGET, owner.entity().getSimpleName() + "."
              + field.getSimpleName(), element);
          continue;
        }
        String ownerKey = joinedKeyName(owner);
        Identifier physical = naming.column(join.get().string("name").isBlank()
            ? field.getSimpleName() + "_" + ownerKey : join.get().string("name"));
        String type = new TableParts(owner, shapes).keyType(owner);
        contributions.computeIfAbsent(target.get().entity().getQualifiedName().toString(), key -> new ArrayList<>())
            .add(new Contribution(field, owner, Naming.stored(physical), physical, type, join.get().bool("nullable"),
                Naming.stored(naming.column(ownerKey))));
      }
    }
    return contributions;
  }

  /** The element type of a collection attribute: {@code Trade} for {@code List<Trade>}. */
  private static TypeMirror elementType(VariableElement field) {
    TypeMirror type = field.asType();
    if (type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty()) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      return arguments.get(arguments.size() - 1);
    }
    return type;
  }

  private static boolean isMap(TypeMirror type) {
    return ColumnTypes.qualifiedName(type).endsWith("Map");
  }

  private static boolean isSet(TypeMirror type) {
    return ColumnTypes.qualifiedName(type).endsWith("Set");
  }

  /** A class's discriminator value: {@code @DiscriminatorValue}, else its entity name. */
  private String discriminatorValue(TypeElement entity) {
    return AnnotationValues.find(entity, Jpa.DISCRIMINATOR_VALUE, elements)
        .map(value -> value.string("value"))
        .orElseGet(() -> entityName(entity));
  }

  /** The JPA entity name: {@code @Entity(name)}, else the class name. */
  private String entityName(TypeElement entity) {
    return AnnotationValues.find(entity, Jpa.ENTITY, elements)
        .map(annotation -> annotation.string("name"))
        .filter(name -> !name.isBlank())
        .orElse(entity.getSimpleName().toString());
  }

  /** The name of the first join column declared in {@code attribute} of a join or collection table, or {@code orElse}. */
  private static String joinColumnName(Optional<AnnotationValues> table, String attribute, String orElse) {
    return table.map(t -> t.annotations(attribute)).filter(columns -> !columns.isEmpty())
        .map(columns -> columns.get(0).string("name")).filter(name -> !name.isBlank())
        .orElse(orElse);
  }

  /** Refuses a column name that is a reserved word Hibernate would write unquoted, such as {@code user}. */
  private void refuseReservedColumn(Element element, Identifier physical, String owner) {
    String stored = Naming.stored(physical);
    if (!physical.isQuoted() && PostgresKeywords.RESERVED.contains(stored)) {
      reporter.error(element, Diagnostic.RESERVED_COLUMN, stored, owner, stored);
    }
  }

  /** The column name a field maps as written ({@code @Column(name)} or the field name), before naming. */
  private String logicalColumnName(VariableElement field) {
    return AnnotationValues.find(field, Jpa.COLUMN, elements)
        .map(column -> column.string("name"))
        .filter(name -> !name.isBlank())
        .orElse(field.getSimpleName().toString());
  }

  /** Whether the attribute is the inverse side of an association ({@code mappedBy}): it maps no column. */
  private boolean inverseSide(VariableElement field) {
    return AnnotationValues.find(field, Jpa.ONE_TO_MANY, elements)
        .or(() -> AnnotationValues.find(field, Jpa.MANY_TO_MANY, elements))
        .map(association -> !association.string("mappedBy").isBlank())
        .orElse(false);
  }

  /** The database type {@code Y} of a converter implementing {@code AttributeConverter<X, Y>}. */
  private Optional<TypeMirror> converterDatabaseType(TypeMirror converter) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(converter));
    while (!pending.isEmpty()) {
      TypeMirror type = pending.pop();
      if (type.getKind() == TypeKind.DECLARED) {
        DeclaredType declared = (DeclaredType) type;
        if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(Jpa.ATTRIBUTE_CONVERTER)
            && declared.getTypeArguments().size() == 2) {
          return Optional.of(declared.getTypeArguments().get(1));
        }
        pending.addAll(types.directSupertypes(type));
      }
    }
    return Optional.empty();
  }

  private static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || ColumnTypes.qualifiedName(type).equals("java.lang.Boolean");
  }

  /** The {@code @Embeddable} class of {@code type}, if it is one. */
  private Optional<TypeElement> embeddable(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return AnnotationValues.present(element, Jpa.EMBEDDABLE) ? Optional.of(element) : Optional.empty();
  }

  /** The enum's constants in declaration order, if {@code type} is an enum. */
  private static Optional<List<String>> enumConstants(TypeMirror type) {
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
        droppedTables.add(Naming.stored(naming.table(name)));
      } else if (Naming.stored(naming.schema(name.substring(0, dot))).equals(schema)) {
        droppedTables.add(Naming.stored(naming.table(name.substring(dot + 1))));
      }
    }
    return SchemaIntent.of(tableRenames, columnRenames, droppedTables, droppedColumns);
  }
}
