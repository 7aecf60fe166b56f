package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Sequence;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** Basic attributes: one column each, typed, named and constrained as Hibernate maps them. */
final class BasicColumnMapper {

  /** Hibernate's increment for a sequence whose generator gives no allocation size. */
  private static final int DEFAULT_ALLOCATION_SIZE = 50;

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
    Optional<ColumnType> type = type(field, column, entity.table, name, where);
    if (type.isEmpty()) {
      return;
    }
    boolean id = scope.inKey();
    Optional<AnnotationValues> basic = AnnotationValues.find(field, Jpa.BASIC, context.elements);
    // Hibernate infers not null from a primitive only when no @Column states nullability (its default is true).
    boolean required = id
        || AnnotationValues.present(field, Jpa.VERSION)
        || column.map(c -> !c.nullable()).orElse(field.asType().getKind().isPrimitive())
        || basic.map(b -> !b.bool("optional")).orElse(false);
    Column mapped = TableBuilder.column(physical, type.get());
    if (entity.subclassRequired != null && required && column.map(ColumnAnnotation::nullable).orElse(true)
        && basic.map(b -> b.bool("optional")).orElse(true)) {
      // A subclass's implicitly required column (a primitive) must stay null in other classes' rows.
      entity.subclassRequired.add(name);
      required = false;
    }
    mapped = required ? mapped.notNull() : mapped;
    mapped = mapped.defaultValue(AnnotationValues.find(field, Jpa.COLUMN_DEFAULT, context.elements)
        .map(value -> value.string("value")).orElse(null));
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
    entity.add(field, mapped, type.get(), logical, id);
  }

  /**
   * The column type of {@code field}, or empty after reporting why it cannot be typed; an enum adds
   * its check on {@code columnName} to {@code table}.
   */
  Optional<ColumnType> type(VariableElement field, Optional<ColumnAnnotation> column, TableBuilder table,
      String columnName, String where) {
    TypeMirror attributeType = field.asType();
    Optional<AnnotationValues> convert = AnnotationValues.find(field, Jpa.CONVERT, context.elements)
        .filter(annotation -> !annotation.bool("disableConversion"));
    Optional<TypeMirror> converted = Optional.empty();
    if (convert.isPresent()) {
      converted = context.converterDatabaseType(convert.get().type("converter"));
      if (converted.isEmpty()) {
        context.reporter.error(field, convert.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING, "@Convert on " + where,
            "name a converter class implementing AttributeConverter<" + attributeType + ", Y>");
        return Optional.empty();
      }
      if (ReadContext.isBoolean(attributeType)) {
        // Hibernate checks the column against the converted values of true and false, which only running
        // the converter tells.
        context.reporter.error(field, convert.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Convert of a boolean attribute (" + where + ")", "map it as a plain boolean column for now");
        return Optional.empty();
      }
    }
    // A converted attribute is stored as the converter's database type.
    TypeMirror type = converted.orElse(attributeType);
    String definition = column.map(ColumnAnnotation::columnDefinition).orElse("");
    if (!definition.isBlank()) {
      Optional<ColumnType> declared = ColumnTypes.ofDefinition(definition);
      if (declared.isEmpty()) {
        context.reporter.error(field, column.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "@Column(columnDefinition = \"" + definition + "\") on " + where,
            "give a plain PostgreSQL type such as text or varchar(20); defaults and constraints have annotations");
      }
      return declared;
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
    Optional<ColumnType> sqlType = ReadContext.enumConstants(type)
        .map(constants -> enumType(field, table, columnName, constants, sizes))
        .or(() -> ColumnTypes.of(type, sizes,
            AnnotationValues.find(field, Jpa.TEMPORAL, context.elements).map(t -> t.enumConstant("value")).orElse(null),
            AnnotationValues.present(field, Jpa.LOB)));
    if (sqlType.isEmpty()) {
      context.reporter.error(field, Diagnostic.UNSUPPORTED_TYPE, where, type);
    }
    return sqlType;
  }

  /**
   * Hibernate 7 stores an enum as smallint ({@code ORDINAL}) or varchar ({@code STRING}), with a
   * check on {@code table} listing what is valid.
   */
  ColumnType enumType(Element attribute, TableBuilder table, String column, List<String> constants,
      ColumnTypes.Sizes sizes) {
    boolean asString = AnnotationValues.find(attribute, Jpa.ENUMERATED, context.elements)
        .map(enumerated -> enumerated.enumConstant("value").equals("STRING"))
        .orElse(false);
    String quoted = PostgresNames.quote(column);
    table.columnCheck(column, asString
        ? quoted + " in (" + constants.stream().map(constant -> "'" + constant + "'").collect(Collectors.joining(", ")) + ")"
        : quoted + " between 0 and " + (constants.size() - 1));
    return asString ? ColumnType.varchar(sizes.length()) : ColumnType.of(ColumnType.Kind.SMALLINT);
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
        Optional<Sequence> sequence = sequenceFor(entity, field, generated, where);
        sequence.ifPresent(entity.sequences::add);
        return sequence.map(used -> column);
      default:
        context.reporter.error(field, generated.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
            "GenerationType." + strategy + " on " + where, "use IDENTITY, SEQUENCE, AUTO or UUID");
        return Optional.empty();
    }
  }

  /**
   * The sequence Hibernate 7's standard naming uses: the named {@code @SequenceGenerator}'s; else
   * the generator name itself; else {@code <table name>_SEQ}. Allocation size 50 by default.
   */
  private Optional<Sequence> sequenceFor(EntityBuilder entity, VariableElement field,
      GeneratedValueAnnotation generated, String where) {
    String generator = generated.generator();
    if (generator.isBlank()) {
      PhysicalName table = entity.shape.rootTable();
      String base = table.text() + "_SEQ";
      return Optional.of(new Sequence(context.naming.sequence(table.quoted() ? "`" + base + "`" : base).stored(), 1,
          DEFAULT_ALLOCATION_SIZE));
    }
    for (Element holder : List.of(field, entity.shape.entity())) {
      Optional<SequenceGeneratorAnnotation> declared = SequenceGeneratorAnnotation.on(holder, context.elements)
          .filter(candidate -> candidate.name().equals(generator));
      if (declared.isPresent()) {
        SequenceGeneratorAnnotation found = declared.get();
        if (!context.checks.allocationSize(holder, found, where)) {
          return Optional.empty();
        }
        if (found.schema().isPresent() || !found.catalog().isBlank()) {
          context.reporter.error(field, found.mirror(), Diagnostic.UNSUPPORTED_MAPPING,
              "@SequenceGenerator(schema or catalog) on " + where, "keep the sequence in the entity's schema");
          return Optional.empty();
        }
        return Optional.of(new Sequence(context.naming.sequence(found.sequenceName()).stored(),
            found.initialValue(), found.allocationSize()));
      }
    }
    return Optional.of(new Sequence(context.naming.sequence(generator).stored(), 1, DEFAULT_ALLOCATION_SIZE));
  }
}
