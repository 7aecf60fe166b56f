package dev.tidemark.runtime.internal.safety;

/** What a policy does about one hazard. */
public enum Verdict {
  /** The revision must not run: the processor fails the build, the migrator refuses it. */
  BLOCKED,
  /** The revision runs; the processor and the migrator log a warning. */
  WARNED,
  /** The revision runs in Tidemark's safe multi-step form, which avoids the risk. */
  RENDERED_SAFELY,
  /** The revision carries an acknowledgement of this hazard: it runs as written, in its plain form. */
  ACKNOWLEDGED
}
