package dev.tidemark.runtime;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A developer's acceptance of one migration risk, carried by the revision that takes it: rule
 * {@code rule} on {@code table}, or on one of its parts (a column, index or constraint). The
 * processor builds it from {@link dev.tidemark.annotations.Acknowledge}; generated migrations
 * return it from {@link Migration#acknowledgements()}.
 *
 * @param rule the rule id: {@code TM} and three digits, such as {@code TM102}
 * @param table the table, as PostgreSQL stores its name
 * @param part the column, index or constraint, or {@code null} for the table itself
 * @param reason why the risk is acceptable, never blank
 */
public record Acknowledgement(String rule, String table, String part, String reason) {

  private static final Pattern RULE_ID = Pattern.compile("TM[0-9]{3}");

  public Acknowledgement {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(table, "table");
    if (!RULE_ID.matcher(rule).matches()) {
      throw new IllegalArgumentException("acknowledged rule '" + rule + "' is not a rule id such as TM102");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("the acknowledgement of " + rule + " on " + table
          + (part == null ? "" : "." + part) + " needs a reason");
    }
  }

  /** Acknowledges {@code rule} on the table {@code table}. */
  public static Acknowledgement onTable(String rule, String table, String reason) {
    return new Acknowledgement(rule, table, null, reason);
  }

  /** Acknowledges {@code rule} on {@code part} (a column, index or constraint) of {@code table}. */
  public static Acknowledgement onPart(String rule, String table, String part, String reason) {
    return new Acknowledgement(rule, table, Objects.requireNonNull(part, "part"), reason);
  }

  /** What it names, as a message shows it: {@code trade} or {@code trade.venue}. */
  public String target() {
    return part == null ? table : table + "." + part;
  }
}
