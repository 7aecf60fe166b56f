package dev.tidemark.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Places a hand-written {@link dev.tidemark.runtime.ManualMigration} in the revision chain: data
 * backfills, raw SQL, anything generated code cannot express. The processor adds it to the ledger
 * as revision {@code NNNN_<name>} right after {@code after}, which must be the last frozen revision
 * when it first appears. Like an entity draft it stays a draft (its checksum following its source)
 * until the next freeze; frozen, any change to its source fails the build.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ManualRevision {

  /** The revision name: lower case, digits and underscores, such as {@code backfill_trade_venue}. */
  String name();

  /** The id of the revision it follows, such as {@code 0002_add_trade_venue}; empty for the first. */
  String after();

  /** The schema whose chain it joins; by default the processor's {@code tidemark.schema}. */
  String schema() default "";
}
