package dev.tidemark.runtime.schema;

import java.util.List;
import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name
 * @param expression the boolean SQL expression, with identifiers quoted, as Tidemark renders it
 * @param enumConstants for the check of an enum stored by ordinal or by {@code @EnumeratedValue} code,
 *     the constant each allowed value stands for, in the order the check lists the values (ordinals
 *     from 0); empty for any other check, and for an enum stored by name, whose values are the names.
 *     PostgreSQL does not hold them: the ledger does, so that a reordered enum converts its rows.
 */
public record CheckConstraint(String name, String expression, List<String> enumConstants) implements TablePart {

  public CheckConstraint {
    PostgresNames.requireName(name, "check constraint name");
    Objects.requireNonNull(expression, "expression");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("check constraint " + name + " has a blank expression");
    }
    enumConstants = List.copyOf(enumConstants);
  }

  public CheckConstraint(String name, String expression) {
    this(name, expression, List.of());
  }

  public static CheckConstraint check(String name, String expression) {
    return new CheckConstraint(name, expression);
  }

  /** The check of an enum stored by ordinal or code, listing the constant each value stands for. */
  public static CheckConstraint enumCheck(String name, String expression, String... constants) {
    return new CheckConstraint(name, expression, List.of(constants));
  }

  public CheckConstraint withName(String newName) {
    return new CheckConstraint(newName, expression, enumConstants);
  }

  public CheckConstraint withExpression(String newExpression) {
    return new CheckConstraint(name, newExpression, enumConstants);
  }
}
