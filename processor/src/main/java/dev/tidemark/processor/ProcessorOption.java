package dev.tidemark.processor;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The processor's options, passed as {@code -Atidemark.x=value} (in Maven, from {@code -Dtidemark.x=value}). */
public enum ProcessorOption {
  /** Absolute path of the ledger directory, such as {@code ${project.basedir}/src/main/tidemark}. Required. */
  DIR("tidemark.dir"),
  /** {@code dev} (default): record changes as a draft. {@code check}: fail while any change is unrecorded. */
  MODE("tidemark.mode"),
  /** A name such as {@code add_trade_venue}: freeze the draft into revision {@code NNNN_add_trade_venue}. */
  FREEZE("tidemark.freeze"),
  /** The schema of entities whose {@code @Table} names none; {@code public} by default. */
  SCHEMA("tidemark.schema"),
  /** {@code hibernate} (default): names as mapped. {@code snake_case}: Spring Boot's {@code tradeDate} to {@code trade_date}. */
  NAMING("tidemark.naming"),
  /** Package of the generated classes; by default the entities' common package plus {@code .migrations}. */
  PACKAGE("tidemark.package"),
  /**
   * {@code true} when the build passes options as Maven properties: messages then name options as
   * the user types them, {@code -Dtidemark.mode}, rather than javac's {@code -Atidemark.mode}.
   */
  MAVEN("tidemark.maven"),
  /** {@code basic} (default), {@code enhanced} or {@code strict}: the safety policy drafts are reviewed under. */
  SAFETY("tidemark.safety");

  private final String key;

  ProcessorOption(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  static Set<String> keys() {
    return Arrays.stream(values()).map(ProcessorOption::key).collect(Collectors.toUnmodifiableSet());
  }
}
