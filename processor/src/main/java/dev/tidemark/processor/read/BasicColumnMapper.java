package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Sequence;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** Basic attributes: one column each, typed, named and constrained as Hibernate maps them. */
final class BasicColumnMapper {

  /** Hibernate's increment for a sequence whose generator gives no allocation size. */
  private static final int DEFAULT_ALLOCATION_SIZE = 50;
  /** Hibernate's names for a generator table and its columns when {@code @TableGenerator} gives none. */
  private static final String DEFAULT_GENERATOR_TABLE = "hibernate_sequences";
  private static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";
  private static final String DEFAULT_VALUE_COLUMN = "next_val";

  private final ReadContext context;

  BasicColumnMapper(ReadContext context) {
    this.context = context;
  }

  void map(EntityBuilder entity, VariableElement field, AttributeScope scope) {
    String where = scope.whereOf(field);
    Optional<ColumnAnnotation> column = scope.override(field).or(() -> ColumnAnnotation.on(field, context.elements));
    if (column.isPresent() && !column.get().table().isBlank()) {
      context.reporter.error(field, column.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
          "@Column(table) on " + where, "secondary tables are not read yet");
      return;
    }
    if (column.isPresent() && !context.checks.column(field, column.get(), where)) {
      return;
    }
    String logical = column.map(ColumnAnnotation::name).filter(name -> !name.isBlank())
        .orElse(field.getSimpleName().toString());
    PhysicalName physical = context.naming.column(logical);
    String name = physical.stored();
    context.refuseReservedColumn(field, physical, where);
    TypeMirror attributeType = context.typeIn(entity.declaringEntity, field);
    Optional<ColumnType> type = type(field, attributeType, column, entity.table, name, where);
    if (type.isEmpty()) {
      return;
    }
    boolean id = scope.inKey();
    Optional<AnnotationValues> basic = AnnotationValues.find(field, Jpa.BASIC, context.elements);
    // Hibernate infers not null from a primitive only when no @Column states nullability (its default is true).
    boolean required = id
        || AnnotationValues.present(field, Jpa.VERSION)
        || column.map(c -> !c.nullable()).orElse(attributeType.getKind().isPrimitive() && !scope.embedded())
        || basic.map(b -> !b.bool("optional")).orElse(false);
    Column mapped = TableBuilder.column(physical, type.get());
    if (entity.subclassRequired != null && required && column.map(ColumnAnnotation::nullable).orElse(true)
        && basic.map(b -> b.bool("optional")).orElse(true)) {
      // A subclass's implicitly required column (a primitive) must stay null in other classes' rows.
      entity.subclassRequired.add(name);
      required = false;
    }
    // A columnDefinition's own default, not null and check are written with it.
    Optional<ColumnDefinition> definition = column.map(ColumnAnnotation::columnDefinition)
        .filter(text -> !text.isBlank()).flatMap(ColumnDefinition::parse);
    required |= definition.map(ColumnDefinition::notNull).orElse(false);
    mapped = required ? mapped.notNull() : mapped;
    mapped = mapped.defaultValue(AnnotationValues.find(field, Jpa.COLUMN_DEFAULT, context.elements)
        .map(value -> value.string("value"))
        .or(() -> definition.flatMap(ColumnDefinition::defaultValue)).orElse(null));
    definition.flatMap(ColumnDefinition::check).ifPresent(check -> entity.table.columnCheck(name, check));
    mapped = mapped.comment(AnnotationValues.find(field, Jpa.COMMENT, context.elements)
        .map(value -> value.string("value")).orElse(null));
    Optional<GeneratedValueAnnotation> generated = GeneratedValueAnnotation.on(field, context.elements);
    if (generated.isPresent()) {
      if (!id) {
        context.reporter.error(field, generated.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@GeneratedValue on " + where + ", which is not the @Id", "generate only identifiers");
        return;
      }
      Optional<Column> generatedColumn = generatedId(entity, field, mapped, type.get(), generated.get(), where);
      if (generatedColumn.isEmpty()) {
        return;
      }
      mapped = generatedColumn.get();
    }
    if (column.map(ColumnAnnotation::unique).orElse(false)) {
      entity.table.unique(List.of(name));
    }
    if (AnnotationValues.present(field, Jpa.NATURAL_ID)) {
      entity.table.naturalIdColumn(name);
    }
    for (CheckAnnotation check : CheckAnnotation.allOn(field, context.elements)) {
      entity.table.check(new CheckConstraint(check.name().map(given -> Naming.verbatim(given).stored())
          .orElse(PostgresNames.columnCheckName(entity.table.storedName(), name)), check.constraints()));
    }
    entity.add(field, mapped, type.get(), logical, id, column.map(ColumnAnnotation::readOnly).orElse(false));
  }

  /**
   * The column type of {@code field}, whose type its entity sees as {@code attributeType}, or empty after reporting why it cannot be typed; an enum adds
   * its check on {@code columnName} to {@code table}.
   */
  Optional<ColumnType> type(VariableElement field, TypeMirror attributeType, Optional<ColumnAnnotation> column,
      TableBuilder table, String columnName, String where) {
    Optional<AnnotationValues> convert = AnnotationValues.find(field, Jpa.CONVERT, context.elements);
    boolean conversionDisabled = convert.map(annotation -> annotation.bool("disableConversion")).orElse(false);
    Optional<TypeMirror> converter = conversionDisabled ? Optional.empty()
        : convert.map(annotation -> annotation.type("converter"))
            .filter(named -> !ColumnTypes.qualifiedName(named).equals(Jpa.ATTRIBUTE_CONVERTER))
            .or(() -> context.autoApplyConverter(attributeType));
    TypeMirror storedType = attributeType;
    if (converter.isPresent()) {
      Optional<AnnotationMirror> on = convert.map(AnnotationValues::mirror);
      String converterName = ColumnTypes.qualifiedName(converter.get());
      if (ReadContext.isBoolean(attributeType) && BooleanConverter.of(converterName).isPresent()) {
        return Optional.of(BooleanConverter.of(converterName).get().column(table, columnName));
      }
      String refusal = ReadContext.isBoolean(attributeType)
          ? "Hibernate checks the column against the converted values of true and false, which only running the"
              + " converter tells; use YesNoConverter, TrueFalseConverter or NumericBooleanConverter"
          : ReadContext.enumConstants(attributeType).isPresent()
          ? "Hibernate checks the column against each constant's converted value, which only running the converter"
              + " tells; map the enum with @Enumerated"
          : null;
      Optional<TypeMirror> databaseType = context.converterDatabaseType(converter.get());
      if (refusal == null && databaseType.isEmpty()) {
        refusal = "name a converter class implementing AttributeConverter<" + attributeType + ", Y>";
      }
      if (refusal != null) {
        String mapping = "@Convert" + (ReadContext.isBoolean(attributeType) ? " of a boolean attribute"
            : ReadContext.enumConstants(attributeType).isPresent() ? " of an enum attribute" : "") + " on " + where;
        if (on.isPresent()) {
          context.reporter.error(field, on.get(), Diagnostic.UNSUPPORTED_MAPPING, mapping, refusal);
        } else {
          context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, mapping + " (by autoApply " + converterName + ")",
              refusal);
        }
        return Optional.empty();
      }
      // A converted attribute is stored as the converter's database type.
      storedType = databaseType.get();
    }
    TypeMirror type = storedType;
    String definition = column.map(ColumnAnnotation::columnDefinition).orElse("");
    if (!definition.isBlank()) {
      Optional<ColumnDefinition> declared = ColumnDefinition.parse(definition);
      if (declared.isEmpty()) {
        context.reporter.error(field, column.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Column(columnDefinition = \"" + definition + "\") on " + where,
            "give a PostgreSQL type such as text or varchar(20), optionally followed by default, not null and check");
        return Optional.empty();
      }
      // Hibernate writes the definition verbatim, and still checks an enum's values.
      ReadContext.enumConstants(type).ifPresent(constants -> enumType(enumeratedAsString(field), table, columnName,
          constants, ColumnTypes.Sizes.DEFAULT));
      return declared.map(ColumnDefinition::type);
    }
    ColumnTypes.Sizes sizes = column.map(ColumnAnnotation::sizes).orElse(ColumnTypes.Sizes.DEFAULT);
    Optional<AnnotationValues> jdbcType = AnnotationValues.find(field, Jpa.JDBC_TYPE_CODE, context.elements);
    if (jdbcType.isPresent()) {
      int code = jdbcType.get().integer("value");
      Optional<ColumnType> coded = ColumnTypes.ofJdbcTypeCode(code, type, sizes, column.isPresent());
      if (coded.isEmpty()) {
        context.reporter.error(field, jdbcType.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@JdbcTypeCode(" + code + ") on " + where,
            "use JSON, UUID, INET, LONGVARCHAR, CHAR, VARCHAR, SMALLINT, INTEGER, BIGINT or ARRAY");
      }
      return coded;
    }
    if (ReadContext.enumConstants(type).isPresent() && context.hasEnumeratedValue(type)) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_MAPPING, "An enum with @EnumeratedValue (" + where + ")",
          "Hibernate stores and checks the constants' codes, which Tidemark does not read yet; use @Enumerated");
      return Optional.empty();
    }
    Optional<ColumnType> sqlType = ReadContext.enumConstants(type)
        .map(constants -> enumType(enumeratedAsString(field), table, columnName, constants, sizes))
        .or(() -> ColumnTypes.of(type, sizes,
            AnnotationValues.find(field, Jpa.TEMPORAL, context.elements).map(t -> t.enumConstant("value")).orElse(null),
            AnnotationValues.present(field, Jpa.LOB)));
    if (sqlType.isEmpty() && context.serializable(type)) {
      // Hibernate stores any other Serializable value serialized.
      return Optional.of(ColumnType.of(ColumnType.Kind.BYTEA));
    }
    if (sqlType.isEmpty()) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_TYPE, where, type);
    }
    return sqlType;
  }

  /**
   * The type of an element collection's value column; empty after reporting why it cannot be typed.
   * An enum adds its check to {@code table}.
   */
  Optional<ColumnType> valueType(VariableElement field, TypeMirror element, Optional<ColumnAnnotation> column,
      TableBuilder table, String columnName, String where) {
    String definition = column.map(ColumnAnnotation::columnDefinition).orElse("");
    ColumnTypes.Sizes sizes = column.map(ColumnAnnotation::sizes).orElse(ColumnTypes.Sizes.DEFAULT);
    Optional<ColumnType> type = !definition.isBlank() ? ColumnDefinition.parse(definition).map(ColumnDefinition::type)
        : ReadContext.enumConstants(element)
            .map(constants -> enumType(enumeratedAsString(field), table, columnName, constants, sizes))
            .or(() -> ColumnTypes.of(element, sizes, null, false));
    if (type.isEmpty()) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_TYPE, where, definition.isBlank() ? element : definition);
    }
    return type;
  }

  /** Whether the enum attribute is stored by name ({@code @Enumerated(STRING)}); else by ordinal. */
  private boolean enumeratedAsString(Element attribute) {
    return AnnotationValues.find(attribute, Jpa.ENUMERATED, context.elements)
        .map(enumerated -> enumerated.enumConstant("value").equals("STRING"))
        .orElse(false);
  }

  /**
   * Hibernate 7 stores an enum as smallint (by ordinal) or varchar (by name), with a check on
   * {@code table} listing what is valid.
   */
  ColumnType enumType(boolean asString, TableBuilder table, String column, List<String> constants,
      ColumnTypes.Sizes sizes) {
    String quoted = PostgresNames.quote(column);
    table.columnCheck(column, asString
        ? quoted + " in (" + constants.stream().map(constant -> "'" + constant + "'").collect(Collectors.joining(", ")) + ")"
        : quoted + " between 0 and " + (constants.size() - 1));
    // Hibernate stores names of length 1 as a char(1).
    return !asString ? ColumnType.of(ColumnType.Kind.SMALLINT)
        : sizes.length() == 1 ? ColumnType.character(1) : ColumnTypes.string(sizes.length());
  }

  private Optional<Column> generatedId(EntityBuilder entity, VariableElement field, Column column, ColumnType type,
      GeneratedValueAnnotation generated, String where) {
    String strategy = generated.strategy();
    switch (strategy) {
      case "IDENTITY":
        if (!type.isInteger()) {
          context.reporter.error(field, generated.mirror(), Diagnostic.IDENTITY_TYPE, where, field.asType());
          return Optional.empty();
        }
        return Optional.of(column.asIdentity());
      case "UUID":
        return Optional.of(column);
      case "TABLE":
        if (!type.isInteger()) {
          context.reporter.error(field, generated.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "GenerationType.TABLE on " + where + " of type " + field.asType(),
              "a generator table hands out integer identifiers; use a long or Long");
          return Optional.empty();
        }
        entity.collectionTables.add(generatorTable(entity, field, generated));
        return Optional.of(column);
      case "AUTO":
      case "SEQUENCE":
        if (type.kind() == ColumnType.Kind.UUID && strategy.equals("AUTO")) {
          return Optional.of(column);
        }
        if (!type.isInteger()) {
          context.reporter.error(field, generated.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "GenerationType." + strategy + " on " + where + " of type " + field.asType(),
              "sequences generate integer identifiers; use a long or Long");
          return Optional.empty();
        }
        Optional<InSchema<Sequence>> sequence = sequenceFor(entity, field, generated, where);
        sequence.ifPresent(entity.sequences::add);
        return sequence.map(used -> column);
      default:
        context.reporter.error(field, generated.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "GenerationType." + strategy + " on " + where, "use IDENTITY, SEQUENCE, TABLE, AUTO or UUID");
        return Optional.empty();
    }
  }

  /**
   * The table of a {@code GenerationType.TABLE} generator: the named {@code @TableGenerator}'s, else
   * Hibernate's {@code hibernate_sequences}, with a key column naming the segment and a value
   * column holding its next value. Entities sharing the table share one definition of it.
   */
  private TableBuilder generatorTable(EntityBuilder entity, VariableElement field, GeneratedValueAnnotation generated) {
    Optional<AnnotationValues> declared = Optional.empty();
    for (Element holder : List.of(field, entity.shape.entity())) {
      declared = declared.or(() -> AnnotationValues.find(holder, Jpa.TABLE_GENERATOR, context.elements)
          .filter(candidate -> candidate.string("name").equals(generated.generator())));
    }
    String table = declared.map(found -> found.string("table")).filter(name -> !name.isBlank())
        .orElse(DEFAULT_GENERATOR_TABLE);
    // Hibernate names the table through the naming strategy, but takes its column names as written.
    PhysicalName segment = Naming.verbatim(declared.map(found -> found.string("pkColumnName"))
        .filter(name -> !name.isBlank()).orElse(DEFAULT_SEGMENT_COLUMN));
    PhysicalName value = Naming.verbatim(declared.map(found -> found.string("valueColumnName"))
        .filter(name -> !name.isBlank()).orElse(DEFAULT_VALUE_COLUMN));
    // Hibernate's TableGenerator honours its schema; without one, the table is in the default schema.
    String schema = declared.map(found -> found.string("schema")).filter(name -> !name.isBlank())
        .map(context.naming::storedSchema).orElse(context.defaultSchema);
    TableBuilder builder = new TableBuilder(schema, context.naming.table(table));
    ColumnType segmentType = ColumnType.varchar(ColumnType.DEFAULT_LENGTH);
    ColumnType valueType = ColumnType.of(ColumnType.Kind.BIGINT);
    builder.add(TableBuilder.column(segment, segmentType).notNull(), segmentType, segment.text());
    builder.add(TableBuilder.column(value, valueType), valueType, value.text());
    builder.primaryKeyColumn(segment.stored());
    return builder;
  }

  /**
   * The sequence Hibernate 7's standard naming uses: the named {@code @SequenceGenerator}'s; else
   * the generator name itself; else {@code <table name>_SEQ}. Allocation size 50 by default. It is
   * in the generator's schema, else in the default schema, whatever the table's: Hibernate passes
   * its generators no schema of the table's.
   */
  private Optional<InSchema<Sequence>> sequenceFor(EntityBuilder entity, VariableElement field,
      GeneratedValueAnnotation generated, String where) {
    String generator = generated.generator();
    if (generator.isBlank()) {
      // Hibernate names it after the table's text and writes it unquoted, even for a quoted table.
      return Optional.of(new InSchema<>(context.defaultSchema,
          new Sequence(context.naming.sequence(entity.shape.rootTable().text() + "_SEQ").stored(), 1,
              DEFAULT_ALLOCATION_SIZE)));
    }
    for (Element holder : List.of(field, entity.shape.entity())) {
      Optional<SequenceGeneratorAnnotation> declared = SequenceGeneratorAnnotation.on(holder, context.elements)
          .filter(candidate -> candidate.name().equals(generator));
      if (declared.isPresent()) {
        SequenceGeneratorAnnotation found = declared.get();
        if (!context.checks.allocationSize(holder, found, where)) {
          return Optional.empty();
        }
        if (!found.catalog().isBlank()) {
          context.reporter.warning(holder, found.mirror(), Diagnostic.CATALOG_IGNORED, "SequenceGenerator",
              found.catalog(), where);
        }
        return Optional.of(new InSchema<>(found.schema().map(context.naming::storedSchema).orElse(context.defaultSchema),
            new Sequence(context.naming.sequence(found.sequenceName()).stored(), found.initialValue(),
                found.allocationSize())));
      }
    }
    return Optional.of(new InSchema<>(context.defaultSchema,
        new Sequence(context.naming.sequence(generator).stored(), 1, DEFAULT_ALLOCATION_SIZE)));
  }
}
