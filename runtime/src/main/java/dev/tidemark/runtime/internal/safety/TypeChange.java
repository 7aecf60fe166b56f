package dev.tidemark.runtime.internal.safety;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code alter column ... type} costs, following PostgreSQL's {@code ATColumnChangeRequiresRewrite}:
 * no rewrite when the cast is a binary-coercible relabeling, or a length coercion that the type's
 * support function proves a no-op (a longer {@code varchar}, more {@code numeric} precision at the
 * same scale, more fractional seconds). Anything else rewrites the table; a cast that cannot hold
 * every old value may also lose or reject data. Unknown pairs count as narrowing, to be safe.
 *
 * <p>Types are compared as {@code format_type()} prints them, which is how the schema model keeps
 * them; {@code timestamp} to {@code timestamptz} counts as a rewrite, which PostgreSQL skips only
 * when the session time zone is UTC.
 */
public enum TypeChange {
  /** Same type. */
  NONE,
  /** Catalog-only: no rewrite, no scan, no loss. */
  METADATA_ONLY,
  /** Every value fits the new type, but the table and its indexes are rewritten. */
  REWRITE,
  /** The table is rewritten and some values may be truncated, rounded or rejected. */
  NARROWING;

  private static final Pattern TYPE = Pattern.compile(
      "([a-z_][a-z0-9_ ]*?)(?:\\((\\d+)(?:,(\\d+))?\\))?( with time zone| without time zone)?((?:\\[\\])*)");

  /** Integer types by the decimal digits every value fits in. */
  private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 5, "integer", 10, "bigint", 19);

  /** Types whose length or precision modifier has a support function that makes a widening free. */
  private static final List<String> FREE_WIDENING = List.of("character varying", "bit varying",
      "timestamp without time zone", "timestamp with time zone", "time without time zone", "time with time zone",
      "interval");

  /** A type name taken apart: base name (with its time zone words), modifiers, array dimensions. */
  private record Type(String base, Integer length, Integer scale, boolean array) {

    static Type parse(String type) {
      Matcher matcher = TYPE.matcher(type);
      if (!matcher.matches()) {
        return new Type(type, null, null, false);
      }
      String zone = matcher.group(4) == null ? "" : matcher.group(4);
      return new Type(matcher.group(1) + zone,
          matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2)),
          matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3)),
          !matcher.group(5).isEmpty());
    }

    boolean unlimitedText() {
      return base.equals("text") || (base.equals("character varying") && length == null);
    }

    /** Fractional-second digits, PostgreSQL's default being 6. */
    int secondsPrecision() {
      return length == null ? 6 : length;
    }

    boolean timestamp() {
      return base.startsWith("timestamp");
    }
  }

  public static TypeChange of(String from, String to) {
    if (from.equals(to)) {
      return NONE;
    }
    Type source = Type.parse(from);
    Type target = Type.parse(to);
    if (source.array() || target.array()) {
      // Array casts coerce element by element; count them as rewrites at best.
      if (source.array() && target.array()) {
        TypeChange elements = scalar(
            new Type(source.base(), source.length(), source.scale(), false),
            new Type(target.base(), target.length(), target.scale(), false));
        return elements == NARROWING ? NARROWING : REWRITE;
      }
      return target.unlimitedText() ? REWRITE : NARROWING;
    }
    return scalar(source, target);
  }

  private static TypeChange scalar(Type source, Type target) {
    if (source.equals(target)) {
      return NONE;
    }
    if (source.base().equals(target.base())) {
      return sameBase(source, target);
    }
    if (target.unlimitedText()) {
      // varchar and text are binary-coercible; anything else has a lossless text form.
      return source.unlimitedText() || source.base().equals("character varying") ? METADATA_ONLY : REWRITE;
    }
    if (source.base().equals("character") && target.base().equals("character varying")) {
      return target.length() >= length(source) ? REWRITE : NARROWING;
    }
    Integer sourceDigits = INTEGER_DIGITS.get(source.base());
    Integer targetDigits = INTEGER_DIGITS.get(target.base());
    if (sourceDigits != null && targetDigits != null) {
      return targetDigits > sourceDigits ? REWRITE : NARROWING;
    }
    if (sourceDigits != null && target.base().equals("numeric")) {
      return target.length() == null || target.length() - scale(target) >= sourceDigits ? REWRITE : NARROWING;
    }
    if (sourceDigits != null && target.base().equals("double precision")) {
      return sourceDigits <= 10 ? REWRITE : NARROWING;
    }
    if (source.base().equals("smallint") && target.base().equals("real")) {
      return REWRITE;
    }
    if (source.base().equals("real") && target.base().equals("double precision")) {
      return REWRITE;
    }
    if (source.timestamp() && target.timestamp()) {
      return target.secondsPrecision() >= source.secondsPrecision() ? REWRITE : NARROWING;
    }
    if (source.base().equals("date") && target.timestamp()) {
      return REWRITE;
    }
    if (source.base().equals("cidr") && target.base().equals("inet")) {
      return METADATA_ONLY;
    }
    if (source.base().startsWith("json") && target.base().startsWith("json")) {
      return REWRITE;
    }
    return NARROWING;
  }

  /** The same type with other modifiers: {@code varchar(20)} to {@code varchar(40)}. */
  private static TypeChange sameBase(Type source, Type target) {
    String base = source.base();
    if (FREE_WIDENING.contains(base)) {
      if (target.length() == null) {
        return METADATA_ONLY;
      }
      if (base.startsWith("time") || base.equals("interval")) {
        return target.secondsPrecision() >= source.secondsPrecision() ? METADATA_ONLY : NARROWING;
      }
      return source.length() != null && target.length() >= source.length() ? METADATA_ONLY : NARROWING;
    }
    if (base.equals("numeric")) {
      if (target.length() == null) {
        return METADATA_ONLY;
      }
      if (source.length() == null) {
        return NARROWING;
      }
      int sourceIntegerDigits = source.length() - scale(source);
      int targetIntegerDigits = target.length() - scale(target);
      if (scale(target) == scale(source) && target.length() >= source.length()) {
        return METADATA_ONLY;
      }
      return scale(target) >= scale(source) && targetIntegerDigits >= sourceIntegerDigits ? REWRITE : NARROWING;
    }
    if (base.equals("character")) {
      // character(n) pads to its length, so any length change rewrites.
      return length(target) >= length(source) ? REWRITE : NARROWING;
    }
    return NARROWING;
  }

  private static int scale(Type numeric) {
    return numeric.scale() == null ? 0 : numeric.scale();
  }

  /** {@code character} alone means {@code character(1)}. */
  private static int length(Type character) {
    return character.length() == null ? 1 : character.length();
  }
}
