package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Checks of annotation values that Hibernate would pass on to PostgreSQL, which then refuses the
 * DDL: each problem is reported on the value itself, so the IDE underlines {@code length = -1}.
 */
final class ValueChecks {

  private final Reporter reporter;

  ValueChecks(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The sizes and name of a {@code @Column}; false after reporting a problem. */
  boolean column(Element element, ColumnAnnotation column, String where) {
    boolean valid = written(element, column.mirror(), column.writtenLength(), "@Column", "length", where,
        column.length() >= 1, "a length must be at least 1; PostgreSQL refuses character varying(0)");
    valid &= written(element, column.mirror(), column.writtenPrecision(), "@Column", "precision", where,
        column.precision() >= 0, "a precision cannot be negative");
    valid &= written(element, column.mirror(), column.writtenScale(), "@Column", "scale", where,
        column.scale() >= 0, "a scale cannot be negative");
    if (valid && column.precision() > 0) {
      valid = written(element, column.mirror(), column.writtenScale(), "@Column", "scale", where,
          column.scale() <= column.precision(),
          "the scale cannot exceed the precision (" + column.precision() + "): a number of " + column.precision()
              + " digits cannot have " + column.scale() + " of them after the point");
    }
    valid &= written(element, column.mirror(), column.writtenName(), "@Column", "name", where,
        !column.name().isBlank(),
        "a name cannot be empty; leave it out for the default name");
    return valid;
  }

  /** A written length of a string column other than {@code @Column}'s; false after reporting. */
  boolean length(Element element, AnnotationMirror mirror, Optional<AnnotationValue> value, String annotation,
      String where, int length) {
    return written(element, mirror, value, annotation, "length", where, length >= 1,
        "a length must be at least 1; PostgreSQL refuses character varying(0)");
  }

  /** A written {@code allocationSize}: a sequence cannot increment by zero or less. */
  boolean allocationSize(Element element, SequenceGeneratorAnnotation generator, String where) {
    return written(element, generator.mirror(), generator.writtenAllocationSize(), "@SequenceGenerator",
        "allocationSize", where, generator.allocationSize() >= 1,
        "Hibernate takes it as the sequence's increment, which must be at least 1");
  }

  /** A written name that is blank; false after reporting. */
  boolean notBlank(Element element, AnnotationMirror mirror, Optional<AnnotationValue> value, String annotation,
      String where) {
    return written(element, mirror, value, annotation, "name", where,
        value.map(written -> !written.getValue().toString().isBlank()).orElse(true),
        "a name cannot be empty; leave it out for the default name");
  }

  private boolean written(Element element, AnnotationMirror mirror, Optional<AnnotationValue> value, String annotation,
      String attribute, String where, boolean valid, String reason) {
    if (valid || value.isEmpty()) {
      return true;
    }
    String shown = value.get().getValue() instanceof String text ? "\"" + text + "\"" : value.get().toString();
    reporter.error(element, mirror, value.get(), Diagnostic.BAD_VALUE,
        annotation + "(" + attribute + " = " + shown + ")", where, reason);
    return false;
  }
}
