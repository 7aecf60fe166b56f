package dev.tidemark.runtime.schema;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** PostgreSQL's rules for identifiers: quoting, length, and the names it picks for constraints. */
public final class PostgresNames {

  /** NAMEDATALEN - 1: PostgreSQL silently truncates longer identifiers to this many bytes. */
  public static final int MAX_IDENTIFIER_BYTES = 63;

  /**
   * The shape of a type name as {@code format_type()} prints it: words, an optional modifier list,
   * optional trailing words and array brackets. Types are written into DDL verbatim, so anything
   * else (a hand-edited ledger, say) is refused before it can reach the database.
   */
  private static final Pattern TYPE_NAME =
      Pattern.compile("[a-z_][a-z0-9_ ]*(\\([0-9]+(,[0-9]+)?\\))?( [a-z ]+)?(\\[\\])*");

  private PostgresNames() {}

  /** Fails, naming {@code owner}, unless {@code type} is shaped like a PostgreSQL type name. */
  public static void requireTypeName(String type, String owner) {
    Objects.requireNonNull(type, "type");
    if (!TYPE_NAME.matcher(type).matches()) {
      throw new IllegalArgumentException(owner + " has type '" + type
          + "', which is not a PostgreSQL type name such as 'character varying(255)' or 'numeric(20,8)'");
    }
  }

  /** {@code name} as a quoted identifier, so it is used exactly as stored, whatever it contains. */
  public static String quote(String name) {
    requireName(name, "identifier");
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** {@code schema.name}, both quoted. */
  public static String qualify(String schema, String name) {
    return quote(schema) + "." + quote(name);
  }

  /** The name PostgreSQL stores for {@code name}: cut to 63 bytes without splitting a character. */
  public static String truncate(String name) {
    return truncate(name, MAX_IDENTIFIER_BYTES);
  }

  /** {@code name} cut to at most {@code maxBytes} bytes of UTF-8 without splitting a character. */
  public static String truncate(String name, int maxBytes) {
    if (name.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
      return name;
    }
    StringBuilder kept = new StringBuilder();
    int bytes = 0;
    for (int offset = 0; offset < name.length(); ) {
      int codePoint = name.codePointAt(offset);
      int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
      if (bytes + size > maxBytes) {
        break;
      }
      kept.appendCodePoint(codePoint);
      bytes += size;
      offset += Character.charCount(codePoint);
    }
    return kept.toString();
  }

  /** The name PostgreSQL gives a primary key declared without one: {@code <table>_pkey}. */
  public static String primaryKeyName(String table) {
    return objectName(table, null, "pkey");
  }

  /** The name PostgreSQL gives a column check declared without one: {@code <table>_<column>_check}. */
  public static String columnCheckName(String table, String column) {
    return objectName(table, column, "check");
  }

  /** The name PostgreSQL gives a unique constraint declared without one: {@code <table>_<col>_<col>_key}. */
  public static String uniqueKeyName(String table, List<String> columns) {
    return objectName(table, String.join("_", columns), "key");
  }

  /**
   * The name of the temporary check {@code "<column>" is not null} through which Tidemark sets a
   * column NOT NULL without a long lock: {@code <table>_<column>_not_null}.
   */
  public static String notNullCheckName(String table, String column) {
    return objectName(table, column, "not_null");
  }

  /**
   * The name PostgreSQL gives a table check declared without one: {@code <table>_<column>_check}
   * when the expression uses exactly one column, else {@code <table>_check}.
   */
  public static String tableCheckName(String table, String onlyColumn) {
    return objectName(table, onlyColumn, "check");
  }

  /**
   * PostgreSQL's {@code makeObjectName}: joins the parts with underscores and, when the result is
   * too long, shortens the longer of the two names first, so both stay recognisable.
   */
  static String objectName(String name1, String name2, String label) {
    int overhead = label.length() + 1 + (name2 == null ? 0 : 1);
    int available = MAX_IDENTIFIER_BYTES - overhead;
    int name1Chars = name1.length();
    int name2Chars = name2 == null ? 0 : name2.length();
    while (name1Chars + name2Chars > available) {
      if (name1Chars > name2Chars) {
        name1Chars--;
      } else {
        name2Chars--;
      }
    }
    String joined = name1.substring(0, name1Chars);
    if (name2 != null) {
      joined += "_" + name2.substring(0, name2Chars);
    }
    return joined + "_" + label;
  }

  /** Fails with {@code what} in the message unless {@code name} is a usable identifier. */
  public static void requireName(String name, String what) {
    Objects.requireNonNull(name, what);
    if (name.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    if (name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(what + " contains a NUL character: " + name);
    }
  }
}
