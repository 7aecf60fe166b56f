package dev.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts one specific migration risk that the safety policy would otherwise block or warn about:
 * rule {@code rule} on one table, or on one column, index or constraint of it. The next revision
 * carries the acknowledgement with its reason, and the runtime applies it as written.
 *
 * <p>What it names: on a field, that field's column; on an entity, its table, or the column, index
 * or constraint {@code on} of that table; on a package or a manual revision class, {@code on} as
 * {@code table} or {@code table.part}. Names are written as PostgreSQL stores them.
 *
 * <pre>{@code
 * @Acknowledge(rule = "TM102", on = "legacy_venue", reason = "unused since release 41, backed up")
 * @Entity class Trade { ... }
 * }</pre>
 *
 * Once its revision is frozen the annotation has no further effect and may be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PACKAGE})
@Repeatable(Acknowledge.List.class)
public @interface Acknowledge {

  /** The rule id, such as {@code TM102}; the README lists them. */
  String rule();

  /** Why the risk is acceptable; recorded in the revision for reviewers. */
  String reason();

  /** The table or part the risk concerns, when the annotated element does not say it by itself. */
  String on() default "";

  /** Holds repeated {@link Acknowledge} annotations. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PACKAGE})
  @interface List {
    Acknowledge[] value();
  }
}
