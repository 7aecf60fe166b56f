package dev.tidemark.runtime.schema;

import java.util.Objects;

/**
 * A check constraint.
 *
 * @param name the constraint name
 * @param expression the boolean SQL expression, with identifiers quoted, as Tidemark renders it
 */
public record CheckConstraint(String name, String expression) implements TablePart {

  public CheckConstraint {
    PostgresNames.requireName(name, "check constraint name");
    Objects.requireNonNull(expression, "expression");
    if (expression.isBlank()) {
      throw new IllegalArgumentException("check constraint " + name + " has a blank expression");
    }
  }

  public static CheckConstraint check(String name, String expression) {
    return new CheckConstraint(name, expression);
  }
}
