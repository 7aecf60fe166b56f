package dev.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that a table or column no longer mapped should really be dropped, with its data. Without
 * it (or a {@link RenamedFrom} on its replacement), a disappearing table or column fails the build
 * with a question instead of becoming silent data loss.
 *
 * <p>On an entity, {@code columns} are columns of that entity's table. {@code tables} may be put on
 * any entity or on a package; a name may be qualified by its schema ({@code trading.old_fills}).
 * Once the drop is frozen the annotation has no further effect and may be removed.
 *
 * @deprecated the same as {@link Acknowledge} of rule {@code TM102} ({@code columns = "x"} on an
 *     entity is {@code @Acknowledge(rule = "TM102", on = "x", reason = ...)}) or {@code TM101}
 *     ({@code tables = "t"} is {@code @Acknowledge(rule = "TM101", on = "t", reason = ...)}), which
 *     also records why; use that.
 */
@Deprecated
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface AcknowledgeDrop {

  /** Columns of this entity's table to drop. */
  String[] columns() default {};

  /** Tables to drop. */
  String[] tables() default {};
}
