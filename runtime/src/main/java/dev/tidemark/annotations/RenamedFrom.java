package dev.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that this entity's table, or this attribute's column, was called {@code value} before: the
 * next revision renames it, keeping its data, instead of dropping it and creating a new one.
 * Tidemark never guesses a rename. The name is written as in the mapping ({@code @Table(name)},
 * {@code @Column(name)} or the attribute name) and follows the same quoting rules. Under property
 * access it goes on the getter, beside the mapping.
 *
 * <p>Once the rename is frozen the annotation has no further effect and may be removed.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface RenamedFrom {

  /** The previous table or column name. */
  String value();
}
