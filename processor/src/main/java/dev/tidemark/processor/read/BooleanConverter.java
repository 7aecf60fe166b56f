package dev.tidemark.processor.read;

import dev.tidemark.runtime.schema.PostgresNames;
import java.util.Arrays;
import java.util.Optional;

/**
 * Hibernate's own converters of booleans: each stores true and false as known values, which
 * Hibernate checks the column against.
 */
enum BooleanConverter {
  YES_NO("org.hibernate.type.YesNoConverter", ColumnType.character(1), "'N', 'Y'"),
  TRUE_FALSE("org.hibernate.type.TrueFalseConverter", ColumnType.character(1), "'F', 'T'"),
  NUMERIC("org.hibernate.type.NumericBooleanConverter", ColumnType.of(ColumnType.Kind.INTEGER), "0, 1");

  private final String converter;
  private final ColumnType type;
  private final String values;

  BooleanConverter(String converter, ColumnType type, String values) {
    this.converter = converter;
    this.type = type;
    this.values = values;
  }

  static Optional<BooleanConverter> of(String converterClass) {
    return Arrays.stream(values()).filter(known -> known.converter.equals(converterClass)).findFirst();
  }

  /** The column's type, after adding the check of its two values on {@code column} to {@code table}. */
  ColumnType column(TableBuilder table, String column) {
    table.columnCheck(column, PostgresNames.quote(column) + " in (" + values + ")");
    return type;
  }
}
