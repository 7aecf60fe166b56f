package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import dev.tidemark.runtime.diff.RenameHints;
import dev.tidemark.runtime.internal.SchemaOrder;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads {@code @Entity} classes into schema models, naming and typing every column, key and
 * constraint the way Hibernate ORM 7 does on PostgreSQL, in stages that each read once: the shapes
 * of all entities ({@link ShapeReader}), then their keys ({@link KeyResolver}), then each table,
 * whose attributes the mappers read ({@link AttributeMapper} and the mappers it calls,
 * {@link InheritanceMapper}, {@link TableAnnotationMapper}, {@link SecondaryTableMapper}); which
 * members are attributes, fields or getters, {@link AttributeAccess} decides. A problem is
 * reported on the element that causes it; that entity is then abandoned and the others are still
 * checked, so one build shows every problem. A build with errors gives no schema, so none ever
 * holds a dangling reference.
 */
public final class EntityReader {

  /** The annotation that marks the classes the processor reads. */
  public static final String ENTITY = Jpa.ENTITY;

  /** The annotation of attribute converters, which may apply to every attribute of their type. */
  public static final String CONVERTER = Jpa.CONVERTER;

  /** The annotation that acknowledges a drop; packages may carry it too. */
  public static final String ACKNOWLEDGE_DROP = Jpa.ACKNOWLEDGE_DROP;

  private final ReadContext context;
  private final Reporter reporter;
  private final ShapeReader shapes;
  private final KeyResolver keys;
  private final AssociationMapper associations;
  private final AttributeMapper attributes;
  private final InheritanceMapper inheritance;
  private final TableAnnotationMapper tableAnnotations;
  private final SecondaryTableMapper secondaryTables;

  public EntityReader(ProcessingEnvironment environment, Reporter reporter, String defaultSchema, Naming naming) {
    this.reporter = reporter;
    this.context = new ReadContext(environment, reporter, naming, defaultSchema);
    this.tableAnnotations = new TableAnnotationMapper(context);
    this.secondaryTables = new SecondaryTableMapper(context, tableAnnotations);
    BasicColumnMapper basics = new BasicColumnMapper(context, secondaryTables);
    this.associations = new AssociationMapper(context, basics, secondaryTables);
    this.attributes = new AttributeMapper(context, basics, associations,
        new CollectionTableMapper(context, basics, tableAnnotations, associations));
    this.shapes = new ShapeReader(context);
    this.keys = new KeyResolver(context, attributes);
    this.inheritance = new InheritanceMapper(context, attributes);
  }

  /**
   * The model of {@code entities}; empty when an error was reported, so that no stage after this
   * one sees an incomplete schema. {@code converters} are the compilation's {@code @Converter}
   * classes, {@code packages} the packages annotated {@code @AcknowledgeDrop}.
   */
  public ReadModel read(Collection<TypeElement> entities, Collection<TypeElement> converters,
      Collection<PackageElement> packages) {
    int errorsBefore = reporter.errors();
    context.autoApply(converters);
    List<TypeElement> sorted = entities.stream()
        .sorted(Comparator.comparing(entity -> entity.getQualifiedName().toString()))
        .toList();
    Map<String, EntityShape> shaped = new TreeMap<>();
    for (TypeElement entity : sorted) {
      guarded(entity, () -> shapes.shape(entity, entities).ifPresentOrElse(
          shape -> shaped.put(shape.qualifiedName(), shape), () -> context.refuse(entity)));
    }
    Map<String, Optional<EntityKey>> resolved = new HashMap<>();
    for (EntityShape shape : shaped.values()) {
      guarded(shape.entity(), () -> key(shape, shaped, resolved, new HashSet<>()));
    }
    List<EntityShape> accepted = shaped.values().stream()
        .filter(shape -> context.shape(shape.entity()).isPresent()).toList();
    Map<String, List<AssociationMapper.Contribution>> contributions = associations.contributions(accepted);
    Map<String, Map<String, EntityTable>> bySchema = new TreeMap<>();
    List<EntityTable> read = new ArrayList<>();
    for (EntityShape shape : accepted) {
      if (shape.tableless() || shape.singleTableRoot() != null) {
        continue;
      }
      guarded(shape.entity(), () -> readEntity(shape, contributions.getOrDefault(shape.qualifiedName(), List.of()))
          .ifPresentOrElse(table -> {
            place(table, bySchema);
            read.add(table);
          }, () -> context.refuse(shape.entity())));
    }
    read.forEach(table -> mergeShared(table, bySchema));
    Map<String, List<Sequence>> sequences = sequences(bySchema);
    reportSchemaCycles(bySchema);
    if (reporter.errors() > errorsBefore) {
      return new ReadModel(Map.of(), Map.of(), Map.of());
    }
    ReadModel model = model(bySchema, sequences, packages);
    // Every key crosses into a table an accepted entity maps: a failure here is Tidemark's own bug.
    Schema.checkReferencesAcross(model.schemas());
    return model;
  }

  /**
   * Reports foreign keys that run in a cycle through schemas, which cannot be migrated one after
   * another: each cycle on the entity whose table holds its first key.
   */
  private void reportSchemaCycles(Map<String, Map<String, EntityTable>> bySchema) {
    Map<String, Set<String>> references = new TreeMap<>();
    bySchema.forEach((schema, tables) -> references.put(schema, tables.values().stream()
        .flatMap(read -> read.table().foreignKeys().stream())
        .filter(ForeignKey::crossSchema)
        .map(ForeignKey::referencedSchema)
        .collect(Collectors.toCollection(TreeSet::new))));
    for (List<String> cycle = SchemaOrder.cycle(references); !cycle.isEmpty(); cycle = SchemaOrder.cycle(references)) {
      reportSchemaCycle(bySchema, cycle);
      // Without its first schema this cycle is gone; any other one is still found.
      references.remove(cycle.get(0));
    }
  }

  private void reportSchemaCycle(Map<String, Map<String, EntityTable>> bySchema, List<String> cycle) {
    List<String> keys = new ArrayList<>();
    TypeElement closing = null;
    for (int i = 0; i < cycle.size(); i++) {
      String schema = cycle.get(i);
      String next = cycle.get((i + 1) % cycle.size());
      for (EntityTable read : bySchema.get(schema).values()) {
        for (ForeignKey key : read.table().foreignKeys()) {
          if (next.equals(key.referencedSchema())) {
            keys.add(schema + "." + read.table().name() + " -> " + next + "." + key.referencedTable());
            closing = closing != null ? closing : read.entity();
          }
        }
      }
    }
    reporter.error(closing, Diagnostic.SCHEMA_CYCLE, String.join(" -> ", cycle) + " -> " + cycle.get(0),
        String.join(", ", keys));
  }

  /** Runs one stage for {@code entity}; an unexpected failure abandons that entity only, naming it. */
  private void guarded(TypeElement entity, Runnable stage) {
    try {
      stage.run();
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(entity, Diagnostic.INTERNAL, entity.getQualifiedName(), trace);
      context.refuse(entity);
    }
  }

  /**
   * Resolves {@code shape}'s key after its parent's and after the keys of the entities its key
   * derives from; an entity whose parent or key target was refused is refused too, and a key that
   * would derive from itself is an error.
   */
  private Optional<EntityKey> key(EntityShape shape, Map<String, EntityShape> shaped,
      Map<String, Optional<EntityKey>> resolved, Set<String> resolving) {
    if (resolved.containsKey(shape.qualifiedName())) {
      return resolved.get(shape.qualifiedName());
    }
    resolving.add(shape.qualifiedName());
    Optional<TypeElement> parent = shape.joinedParent() != null ? Optional.of(shape.joinedParent())
        : shape.singleTableRoot() != null ? context.entityParent(shape.entity()) : Optional.empty();
    Optional<EntityKey> parentKey = parent
        .flatMap(type -> Optional.ofNullable(shaped.get(type.getQualifiedName().toString())))
        .flatMap(parentShape -> key(parentShape, shaped, resolved, resolving));
    boolean derivable = true;
    for (Element association : shape.keyAssociations()) {
      TypeMirror targetType = context.typeIn(shape.entity(), association);
      Optional<EntityShape> target = context.declaredClass(targetType)
          .map(type -> shaped.get(type.getQualifiedName().toString()));
      if (target.isEmpty()) {
        // A refused target was reported; any other is reported when the association is mapped.
        derivable &= !context.refused(targetType);
        continue;
      }
      if (resolving.contains(target.get().qualifiedName())) {
        reporter.error(association, Diagnostic.BAD_VALUE,
            AnnotationValues.present(association, Jpa.MAPS_ID) ? "@MapsId" : "@Id", shape.simpleName() + "."
            + AttributeAccess.name(association), "the key of " + shape.simpleName() + " would derive from itself, through "
            + target.get().simpleName() + "; derive it from an entity whose key does not depend on it");
        derivable = false;
      } else {
        derivable &= key(target.get(), shaped, resolved, resolving).isPresent();
      }
    }
    Optional<EntityKey> key = !derivable || parent.isPresent() && parentKey.isEmpty() ? Optional.empty()
        : keys.resolve(shape, parentKey);
    resolving.remove(shape.qualifiedName());
    resolved.put(shape.qualifiedName(), key);
    key.ifPresentOrElse(found -> context.accept(shape, found), () -> context.refuse(shape.entity()));
    return key;
  }

  private Optional<EntityTable> readEntity(EntityShape shape, List<AssociationMapper.Contribution> contributions) {
    int errorsBefore = reporter.errors();
    EntityBuilder entity = new EntityBuilder(shape, reporter);
    if (shape.joinedParent() != null) {
      Optional<EntityShape> parent = context.shape(shape.joinedParent());
      if (parent.isEmpty()) {
        // The parent was refused, with its own error: this table cannot reference it.
        return Optional.empty();
      }
      inheritance.joinedKey(entity, parent.get());
    }
    secondaryTables.create(entity);
    Map<String, ColumnAnnotation> overrides = context.attributeOverrides(shape.entity());
    AttributeAccess.Kind access = context.access.entityAccess(shape.entity());
    for (var field : shape.fields()) {
      attributes.map(entity, field, AttributeScope.ofEntity(shape.simpleName(), overrides, shape.ids().contains(field),
          access));
    }
    if (!shape.singleTableMembers().isEmpty()) {
      inheritance.singleTableSubclasses(entity);
    }
    if (!shape.joinedMembers().isEmpty()) {
      inheritance.joinedDiscriminator(entity);
    }
    for (AssociationMapper.Contribution contribution : contributions) {
      associations.contributed(entity, contribution);
    }
    tableAnnotations.map(entity);
    secondaryTables.tableLevel(entity);
    if (reporter.errors() > errorsBefore) {
      return Optional.empty();
    }
    TypeElement type = shape.entity();
    String renamedFrom = AnnotationValues.find(type, Jpa.RENAMED_FROM, context.elements)
        .map(renamed -> context.naming.table(renamed.string("value")).stored())
        .orElse(null);
    List<RenameHints.ColumnRename> columnRenames = shape.fields().stream()
        .flatMap(field -> AnnotationValues.find(field, Jpa.RENAMED_FROM, context.elements).stream()
            .map(renamed -> new RenameHints.ColumnRename(shape.tableName(),
                context.naming.column(renamed.string("value")).stored(), entity.columnOf(field))))
        .toList();
    Optional<AnnotationValues> drops = AnnotationValues.find(type, Jpa.ACKNOWLEDGE_DROP, context.elements);
    List<String> droppedColumns = drops
        .map(drop -> drop.strings("columns").stream().map(name -> context.naming.column(name).stored()).toList())
        .orElse(List.of());
    List<String> droppedTables = drops.map(drop -> drop.strings("tables")).orElse(List.of());
    return Optional.of(new EntityTable(shape.schema(), entity.table.table(), entity.sequences, type, renamedFrom,
        columnRenames, droppedColumns, droppedTables,
        entity.collectionTables.stream().map(built -> new InSchema<>(built.schema(), built.table())).toList(),
        entity.sharedTables.stream().map(built -> new InSchema<>(built.schema(), built.table())).toList()));
  }

  /**
   * Files a read entity's tables under their schemas (its join, collection and generator tables may
   * be in another schema than its own); a table two entities map is an error on the second.
   */
  private void place(EntityTable read, Map<String, Map<String, EntityTable>> bySchema) {
    Map<String, EntityTable> tables = bySchema.computeIfAbsent(read.schema(), schema -> new TreeMap<>());
    EntityTable clash = tables.putIfAbsent(read.table().name(), read);
    if (clash != null) {
      reporter.error(read.entity(), Diagnostic.DUPLICATE_TABLE, clash.entity().getQualifiedName(),
          read.entity().getQualifiedName(), read.schema(), read.table().name());
    }
    for (InSchema<Table> collection : read.collectionTables()) {
      String schema = collection.schema();
      EntityTable owned = new EntityTable(schema, collection.object(), List.of(), read.entity(), null, List.of(),
          List.of(), List.of(), List.of(), List.of());
      EntityTable other = bySchema.computeIfAbsent(schema, name -> new TreeMap<>())
          .putIfAbsent(collection.object().name(), owned);
      // Generator tables that entities share are one table, defined alike.
      if (other != null && !other.table().equals(collection.object())) {
        reporter.error(read.entity(), Diagnostic.DUPLICATE_TABLE, other.entity().getQualifiedName(),
            read.entity().getQualifiedName(), schema, collection.object().name());
      }
    }
  }

  /**
   * Merges {@code read}'s collection tables that are an entity's own table into it, as Hibernate
   * does: the collection adds its columns and constraints, and an ordered or keyed collection's
   * primary key replaces the entity's. An entity refused with an error has no table to merge into.
   */
  private void mergeShared(EntityTable read, Map<String, Map<String, EntityTable>> bySchema) {
    for (InSchema<Table> shared : read.sharedTables()) {
      Table collection = shared.object();
      Map<String, EntityTable> tables = bySchema.getOrDefault(shared.schema(), Map.of());
      EntityTable owner = tables.get(collection.name());
      if (owner == null) {
        continue;
      }
      Table table = owner.table();
      List<Column> columns = new ArrayList<>(table.columns());
      collection.columns().stream().filter(column -> table.column(column.name()).isEmpty()).forEach(columns::add);
      tables.put(collection.name(), owner.withTable(new Table(table.name(), columns,
          collection.primaryKey() != null ? collection.primaryKey() : table.primaryKey(),
          concat(table.uniques(), collection.uniques()), concat(table.checks(), collection.checks()),
          concat(table.foreignKeys(), collection.foreignKeys()), concat(table.indexes(), collection.indexes()),
          table.comment(), table.partitioning())));
    }
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> both = new ArrayList<>(first);
    both.addAll(second);
    return both;
  }

  private ReadModel model(Map<String, Map<String, EntityTable>> bySchema, Map<String, List<Sequence>> sequences,
      Collection<PackageElement> packages) {
    List<String> packageDrops = packages.stream()
        .sorted(Comparator.comparing(pkg -> pkg.getQualifiedName().toString()))
        .flatMap(pkg -> AnnotationValues.find(pkg, Jpa.ACKNOWLEDGE_DROP, context.elements).stream())
        .flatMap(acknowledgement -> acknowledgement.strings("tables").stream())
        .toList();
    Map<String, Schema> schemas = new TreeMap<>();
    Map<String, Map<String, TypeElement>> origins = new TreeMap<>();
    Map<String, SchemaIntent> intents = new TreeMap<>();
    bySchema.forEach((schema, tables) -> {
      schemas.put(schema, new Schema(schema,
          tables.values().stream().map(EntityTable::table).toList(), sequences.get(schema)));
      origins.put(schema, tables.values().stream()
          .collect(Collectors.toMap(read -> read.table().name(), EntityTable::entity, (a, b) -> a, TreeMap::new)));
      intents.put(schema, intent(schema, tables.values(), packageDrops, bySchema.values()));
    });
    return new ReadModel(schemas, origins, intents);
  }

  /**
   * The sequences of every schema, which need not be their tables' schemas; a schema that holds
   * only sequences is added to {@code bySchema}. One name declared with two settings is an error.
   */
  private Map<String, List<Sequence>> sequences(Map<String, Map<String, EntityTable>> bySchema) {
    Map<String, Map<String, Sequence>> bySchemaAndName = new TreeMap<>();
    for (Map<String, EntityTable> tables : List.copyOf(bySchema.values())) {
      for (EntityTable read : tables.values()) {
        for (InSchema<Sequence> placed : read.sequences()) {
          Sequence sequence = placed.object();
          bySchema.computeIfAbsent(placed.schema(), schema -> new TreeMap<>());
          Sequence other = bySchemaAndName.computeIfAbsent(placed.schema(), schema -> new TreeMap<>())
              .putIfAbsent(sequence.name(), sequence);
          if (other != null && !other.equals(sequence)) {
            reporter.error(read.entity(), Diagnostic.SEQUENCE_CONFLICT, sequence.name(), other, sequence);
          }
        }
      }
    }
    Map<String, List<Sequence>> sequences = new TreeMap<>();
    bySchema.keySet().forEach(schema -> sequences.put(schema,
        List.copyOf(bySchemaAndName.getOrDefault(schema, Map.of()).values())));
    return sequences;
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
        droppedTables.add(context.naming.table(name).stored());
      } else if (context.naming.storedSchema(name.substring(0, dot)).equals(schema)) {
        droppedTables.add(context.naming.table(name.substring(dot + 1)).stored());
      }
    }
    return SchemaIntent.of(tableRenames, columnRenames, droppedTables, droppedColumns);
  }
}
