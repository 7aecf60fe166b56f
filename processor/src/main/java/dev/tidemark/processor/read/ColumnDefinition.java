package dev.tidemark.processor.read;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code @Column(columnDefinition)}, which Hibernate writes into its DDL verbatim: a type,
 * optionally followed by a default, {@code not null} and a check, as PostgreSQL reads them.
 *
 * @param type the column type
 * @param defaultValue the default expression, if the definition gives one
 * @param notNull whether the definition says {@code not null}
 * @param check the check expression, if the definition gives one
 */
record ColumnDefinition(ColumnType type, Optional<String> defaultValue, boolean notNull, Optional<String> check) {

  private static final Pattern CLAUSES = Pattern.compile(
      "(?is)\\s*(?<type>.+?)(?:\\s+default\\s+(?<default>.+?))?(?<notnull>\\s+not\\s+null)?"
          + "(?:\\s+check\\s*\\((?<check>.+)\\))?\\s*");

  /** The definition's parts; empty unless it is a type Tidemark reads with clauses in that order. */
  static Optional<ColumnDefinition> parse(String definition) {
    Matcher clauses = CLAUSES.matcher(definition);
    if (!clauses.matches()) {
      return Optional.empty();
    }
    return ColumnTypes.ofDefinition(clauses.group("type")).map(type -> new ColumnDefinition(type,
        Optional.ofNullable(clauses.group("default")).map(String::trim),
        clauses.group("notnull") != null,
        Optional.ofNullable(clauses.group("check")).map(String::trim)));
  }
}
