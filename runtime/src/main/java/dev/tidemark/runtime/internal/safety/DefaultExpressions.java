package dev.tidemark.runtime.internal.safety;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a column default well enough to tell whether PostgreSQL can store it once in the catalog
 * (a non-volatile default, metadata-only since PostgreSQL 11) or must compute it for every row.
 * Literals, casts and SQL value keywords ({@code current_timestamp}) are never volatile; of
 * function calls only those known stable or immutable are trusted, so an unknown function counts
 * as volatile.
 */
final class DefaultExpressions {

  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^']|'')*'");
  private static final Pattern CAST = Pattern.compile("::\\s*[a-z_][a-z0-9_ ]*(\\([0-9, ]+\\))?(\\[\\])*");
  private static final Pattern CALL = Pattern.compile("\\b([a-z_][a-z0-9_.]*)\\s*\\(");

  /** Functions PostgreSQL marks stable or immutable that defaults commonly call. */
  private static final Set<String> NON_VOLATILE_FUNCTIONS = Set.of("now", "transaction_timestamp",
      "statement_timestamp", "current_setting", "lower", "upper", "coalesce", "nullif", "greatest", "least",
      "abs", "round", "trim", "concat", "length", "char_length", "make_date", "make_timestamp",
      "make_timestamptz", "make_interval", "to_timestamp", "to_date", "array", "jsonb_build_object",
      "json_build_object", "jsonb_build_array", "json_build_array");

  private DefaultExpressions() {}

  /** Whether {@code expression} must be computed for each row, as far as Tidemark can tell. */
  static boolean mayBeVolatile(String expression) {
    String code = CAST.matcher(STRING_LITERAL.matcher(expression.toLowerCase(Locale.ROOT)).replaceAll("''")).replaceAll("");
    Matcher call = CALL.matcher(code);
    while (call.find()) {
      if (!NON_VOLATILE_FUNCTIONS.contains(call.group(1).replaceFirst("^pg_catalog\\.", ""))) {
        return true;
      }
    }
    return false;
  }
}
