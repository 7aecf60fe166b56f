package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Sequence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Basic attributes: one column each, typed, named and constrained as Hibernate maps them. */
final class BasicColumnMapper {

  /** Hibernate's increment for a sequence whose generator gives no allocation size. */
  private static final int DEFAULT_ALLOCATION_SIZE = 50;
  /** Hibernate's names for a generator table and its columns when {@code @TableGenerator} gives none. */
  private static final String DEFAULT_GENERATOR_TABLE = "hibernate_sequences";
  private static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";
  private static final String DEFAULT_VALUE_COLUMN = "next_val";
  /** The database types of a converter for which Hibernate checks a boolean's or an enum's converted values. */
  private static final Set<String> CHECKED_DATABASE_TYPES = Set.of("java.lang.String", "java.lang.Character",
      "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long");
  /** The sizing of Hibernate's {@code CollectionHelper.mapOfSize}, which orders the codes of an enum's check. */
  private static final float HIBERNATE_LOAD_FACTOR = 0.75f;
  private static final int HIBERNATE_MINIMUM_CAPACITY = 16;

  private final ReadContext context;
  private final SecondaryTableMapper secondaryTables;

  BasicColumnMapper(ReadContext context, SecondaryTableMapper secondaryTables) {
    this.context = context;
    this.secondaryTables = secondaryTables;
  }

  void map(EntityBuilder entity, Element field, AttributeScope scope) {
    String where = scope.whereOf(field);
    Optional<ColumnAnnotation> column = scope.override(field).or(() -> ColumnAnnotation.on(field, context.elements));
    if (column.isPresent() && !context.checks.column(field, column.get(), where)) {
      return;
    }
    Optional<TableBuilder> placed = column.isEmpty() ? Optional.of(entity.table)
        : secondaryTables.tableFor(entity, column.get().table(), field, column.get().mirror(), where);
    if (placed.isEmpty()) {
      return;
    }
    TableBuilder table = placed.get();
    String logical = column.map(ColumnAnnotation::name).filter(name -> !name.isBlank())
        .orElse(AttributeAccess.name(field));
    PhysicalName physical = context.naming.column(logical);
    String name = physical.stored();
    context.refuseReservedColumn(field, physical, where);
    TypeMirror attributeType = context.typeIn(entity.declaringEntity, field);
    Optional<ColumnType> type = type(field, attributeType, column, table, name, where);
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
    if (entity.subclassRequired != null && table == entity.table && required
        && column.map(ColumnAnnotation::nullable).orElse(true) && basic.map(b -> b.bool("optional")).orElse(true)) {
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
    definition.flatMap(ColumnDefinition::check).ifPresent(check -> table.columnCheck(name, check));
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
      table.unique(List.of(name));
    }
    if (AnnotationValues.present(field, Jpa.NATURAL_ID)) {
      table.naturalIdColumn(AttributeAccess.name(field), name);
    }
    for (CheckAnnotation check : CheckAnnotation.allOn(field, context.elements)) {
      table.check(new CheckConstraint(check.name().map(given -> Naming.verbatim(given).stored())
          .orElse(PostgresNames.columnCheckName(table.storedName(), name)), check.constraints()));
    }
    entity.add(table, field, mapped, type.get(), logical, id, column.map(ColumnAnnotation::readOnly).orElse(false));
  }

  /**
   * The column type of {@code field}, whose type its entity sees as {@code attributeType}, or empty after reporting why it cannot be typed; an enum adds
   * its check on {@code columnName} to {@code table}.
   */
  Optional<ColumnType> type(Element field, TypeMirror attributeType, Optional<ColumnAnnotation> column,
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
      Optional<TypeMirror> databaseType = context.converterDatabaseType(converter.get());
      if (databaseType.isEmpty()) {
        String mapping = "@Convert on " + where + (on.isPresent() ? "" : " (by autoApply " + converterName + ")");
        reportOn(field, on, Diagnostic.UNSUPPORTED_MAPPING, mapping,
            "name a converter class implementing AttributeConverter<" + attributeType + ", Y>");
        return Optional.empty();
      }
      boolean isBoolean = ReadContext.isBoolean(attributeType);
      if ((isBoolean || ReadContext.enumConstants(attributeType).isPresent()) && checkedValues(databaseType.get())) {
        String converted = isBoolean ? "false and true" : "each constant of " + ColumnTypes.qualifiedName(attributeType);
        String instead = isBoolean
            ? "Use Hibernate's YesNoConverter ('N', 'Y'), TrueFalseConverter ('F', 'T') or NumericBooleanConverter"
                + " (0, 1), whose checks Tidemark writes"
            : "Map the enum with @Enumerated(EnumType.STRING) or ORDINAL, whose checks Tidemark writes";
        String optOut = on.isPresent() ? "" : ", or opt out with @Convert(disableConversion = true)";
        reportOn(field, on, Diagnostic.CONVERTED_CHECK, where, converterName, converted,
            instead + optOut + "; or store the codes in a String attribute and convert them in its accessors");
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
      if (ReadContext.enumConstants(type).isPresent() && enumColumn(field, type, enumeratedAsString(field), table,
          columnName, ColumnTypes.Sizes.DEFAULT, where).isEmpty()) {
        return Optional.empty();
      }
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
    if (ReadContext.enumConstants(type).isPresent()) {
      return enumColumn(field, type, enumeratedAsString(field), table, columnName, sizes, where);
    }
    Optional<ColumnType> sqlType = ColumnTypes.of(type, sizes,
            AnnotationValues.find(field, Jpa.TEMPORAL, context.elements).map(t -> t.enumConstant("value")).orElse(null),
            AnnotationValues.present(field, Jpa.LOB));
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
   * Whether Hibernate checks a converted boolean or enum column against the converted values: when
   * the converter stores an integer or a character type ({@code BooleanJavaType} and
   * {@code EnumJavaType} write no check for others, such as a {@code Boolean}).
   */
  private static boolean checkedValues(TypeMirror databaseType) {
    return CHECKED_DATABASE_TYPES.contains(ColumnTypes.qualifiedName(databaseType));
  }

  private void reportOn(Element field, Optional<AnnotationMirror> annotation, Diagnostic diagnostic,
      Object... arguments) {
    if (annotation.isPresent()) {
      context.reporter.error(field, annotation.get(), diagnostic, arguments);
    } else {
      context.reporter.error(field, diagnostic, arguments);
    }
  }

  /**
   * The type of an element collection's value column; empty after reporting why it cannot be typed.
   * An enum adds its check to {@code table}.
   */
  Optional<ColumnType> valueType(Element field, TypeMirror element, Optional<ColumnAnnotation> column,
      TableBuilder table, String columnName, String where) {
    String definition = column.map(ColumnAnnotation::columnDefinition).orElse("");
    ColumnTypes.Sizes sizes = column.map(ColumnAnnotation::sizes).orElse(ColumnTypes.Sizes.DEFAULT);
    if (definition.isBlank() && ReadContext.enumConstants(element).isPresent()) {
      return enumColumn(field, element, enumeratedAsString(field), table, columnName, sizes, where);
    }
    Optional<ColumnType> type = !definition.isBlank() ? ColumnDefinition.parse(definition).map(ColumnDefinition::type)
        : ColumnTypes.of(element, sizes, null, false);
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
   * The column of {@code attribute}, of the enum type {@code enumType}: stored by the codes of the
   * enum's {@code @EnumeratedValue} field when it has one, else by name ({@code asString}) or ordinal,
   * with its check on {@code table}. Empty after reporting why the codes cannot be stored or read.
   */
  Optional<ColumnType> enumColumn(Element attribute, TypeMirror enumType, boolean asString, TableBuilder table,
      String column, ColumnTypes.Sizes sizes, String where) {
    TypeElement enumElement = (TypeElement) ((DeclaredType) enumType).asElement();
    Optional<VariableElement> codeField = EnumCodes.field(enumElement);
    if (codeField.isEmpty()) {
      return Optional.of(enumType(asString, table, column, ReadContext.enumConstants(enumType).orElseThrow(), sizes));
    }
    VariableElement field = codeField.get();
    boolean text = ColumnTypes.qualifiedName(field.asType()).equals("java.lang.String");
    String refusal = asString && field.asType().getKind() == TypeKind.CHAR
        ? "Hibernate 7.4 accepts a char code under EnumType.STRING but fails at boot choosing its column type; make"
            + " the field a String"
        : asString && !text
        ? "Hibernate refuses codes of an enum stored as EnumType.STRING unless the field is a String; make it a String,"
            + " or store the enum by ordinal for byte, short or int codes"
        : !asString && !EnumCodes.integerCode(field)
        ? "Hibernate refuses codes of an enum stored by ordinal (the default) unless the field is a byte, short or"
            + " int; add @Enumerated(EnumType.STRING) to the attribute for String codes"
        : null;
    if (refusal != null) {
      context.reporter.error(attribute, Diagnostic.BAD_VALUE, "@EnumeratedValue " + enumElement.getSimpleName() + "."
          + field.getSimpleName(), where, refusal);
      return Optional.empty();
    }
    return context.enumCodes.of(enumElement, field, attribute, where).map(codes -> {
      codedCheck(table, column, codes, text);
      // Hibernate stores String codes as varchar, whatever their length, and byte, short or int codes as smallint.
      return text ? ColumnTypes.string(sizes.length()) : ColumnType.of(ColumnType.Kind.SMALLINT);
    });
  }

  /**
   * The check Hibernate writes for codes: {@code "col" in (...)}, listing the codes in the order of
   * the {@code HashMap} it keeps them in (sized as Hibernate's {@code CollectionHelper.mapOfSize}),
   * each with the constant Hibernate reads it back as (the last constant given the code).
   */
  private static void codedCheck(TableBuilder table, String column, EnumCodes.Codes codes, boolean text) {
    Map<Object, String> hibernateOrder = new HashMap<>(
        Math.max((int) (codes.byConstant().size() / HIBERNATE_LOAD_FACTOR) + 1, HIBERNATE_MINIMUM_CAPACITY),
        HIBERNATE_LOAD_FACTOR);
    codes.byConstant().forEach((constant, code) -> hibernateOrder.put(code, constant));
    table.columnCheck(column, PostgresNames.quote(column) + " in (" + hibernateOrder.keySet().stream()
            .map(code -> text ? "'" + code.toString().replace("'", "''") + "'" : code.toString())
            .collect(Collectors.joining(", ")) + ")",
        List.copyOf(hibernateOrder.values()));
  }

  /**
   * Hibernate 7 stores an enum as smallint (by ordinal) or varchar (by name), with a check on
   * {@code table} listing what is valid.
   */
  private ColumnType enumType(boolean asString, TableBuilder table, String column, List<String> constants,
      ColumnTypes.Sizes sizes) {
    String quoted = PostgresNames.quote(column);
    if (asString) {
      table.columnCheck(column, quoted + " in ("
          + constants.stream().map(constant -> "'" + constant + "'").collect(Collectors.joining(", ")) + ")");
    } else {
      // The ledger keeps which constant each ordinal stands for, so a reordered enum converts its rows.
      table.columnCheck(column, quoted + " between 0 and " + (constants.size() - 1), constants);
    }
    // Hibernate stores names of length 1 as a char(1).
    return !asString ? ColumnType.of(ColumnType.Kind.SMALLINT)
        : sizes.length() == 1 ? ColumnType.character(1) : ColumnTypes.string(sizes.length());
  }

  private Optional<Column> generatedId(EntityBuilder entity, Element field, Column column, ColumnType type,
      GeneratedValueAnnotation generated, String where) {
    String strategy = generated.strategy();
    switch (strategy) {
      case "IDENTITY":
        if (!type.isInteger()) {
          context.reporter.error(field, generated.mirror(), Diagnostic.IDENTITY_TYPE, where,
              AttributeAccess.type(field));
          return Optional.empty();
        }
        return Optional.of(column.asIdentity());
      case "UUID":
        return Optional.of(column);
      case "TABLE":
        if (!type.isInteger()) {
          context.reporter.error(field, generated.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "GenerationType.TABLE on " + where + " of type " + AttributeAccess.type(field),
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
              "GenerationType." + strategy + " on " + where + " of type " + AttributeAccess.type(field),
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
  private TableBuilder generatorTable(EntityBuilder entity, Element field, GeneratedValueAnnotation generated) {
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
  private Optional<InSchema<Sequence>> sequenceFor(EntityBuilder entity, Element field,
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
