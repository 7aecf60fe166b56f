package dev.tidemark.runtime.diff;

import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The conversion of an enum column's stored values when what they stand for changes. Hibernate
 * checks an enum stored by ordinal with {@code "side" between 0 and 2}, one stored by name with
 * {@code "side" in ('BUY', 'SELL')} in declaration order, and one stored by {@code @EnumeratedValue}
 * code with {@code "side" in ('B', 'S')}; the ledger records with the check the constant behind each
 * ordinal or code ({@link CheckConstraint#enumConstants()}). Matching the constants by name on both
 * sides tells what each stored value becomes: a cast would store the ordinal 0 as the text '0', and
 * a reordered enum would leave every ordinal meaning another constant.
 *
 * <p>A check recorded before the constants were (ordinals only) is read as standing for the other
 * side's constants in order. A constant renamed looks like one removed and one added: its rows are
 * lost values, the question TM105.
 */
public final class EnumConversion {

  private static final Pattern BY_ORDINAL = Pattern.compile("(\"(?:[^\"]|\"\")+\") between 0 and (\\d+)");
  private static final Pattern IN_LIST = Pattern.compile("(\"(?:[^\"]|\"\")+\") in \\((.+)\\)");
  private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'|-?\\d+");
  private static final Pattern JAVA_NAME = Pattern.compile("'[A-Za-z_$][\\w$]*'");

  private EnumConversion() {}

  /**
   * What an enum column stores: the SQL literal of each allowed value, in the check's order, and the
   * constant each stands for ({@code null} where a check recorded before constants were does not say).
   */
  private record Stored(String quoted, List<String> literals, List<String> constants, boolean byName) {

    /** The constants, filling those this side does not know with {@code other}'s, in order. */
    List<String> constantsOr(Stored other) {
      return IntStream.range(0, literals.size())
          .mapToObj(i -> constants.get(i) != null ? constants.get(i)
              : i < other.literals.size() && other.constants.get(i) != null ? other.constants.get(i) : "#" + i)
          .toList();
    }
  }

  /**
   * The expression that turns {@code column}'s values in {@code from} into those of {@code to}, of
   * type {@code type}; empty when the column is no enum on both sides, or every kept constant keeps
   * its stored value. A value whose constant is gone becomes null.
   */
  public static Optional<String> between(Table from, Table to, String column, String type) {
    String quoted = PostgresNames.quote(column);
    Optional<Stored> before = stored(from, quoted);
    Optional<Stored> after = stored(to, quoted);
    if (before.isEmpty() || after.isEmpty() || (before.get().byName() && after.get().byName())) {
      return Optional.empty();
    }
    List<String> beforeConstants = before.get().constantsOr(after.get());
    List<String> afterConstants = after.get().constantsOr(before.get());
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < beforeConstants.size(); i++) {
      int kept = afterConstants.indexOf(beforeConstants.get(i));
      if (kept >= 0) {
        pairs.add(new String[] {before.get().literals().get(i), after.get().literals().get(kept)});
      }
    }
    if (pairs.stream().allMatch(pair -> pair[0].equals(pair[1]))) {
      return Optional.empty();
    }
    return Optional.of("(case " + quoted + pairs.stream().map(pair -> " when " + pair[0] + " then " + pair[1])
        .collect(Collectors.joining()) + " end)::" + type);
  }

  /**
   * The stored values of {@code column} in {@code from} whose constant {@code to} no longer has, as
   * {@code from} stores them (ordinals, names or codes, unquoted). Empty when nothing is lost or the
   * column is no enum on both sides.
   */
  public static List<String> lostValues(Table from, Table to, String column) {
    String quoted = PostgresNames.quote(column);
    return stored(from, quoted).flatMap(before -> stored(to, quoted).map(after -> lost(before, after)))
        .orElse(List.of());
  }

  /**
   * The stored values an enum check replacing {@code before} no longer allows, as {@code before}
   * stores them: those of removed constants. Such rows would fail the new check. Empty when nothing
   * is removed, or either is no enum check of the same column.
   */
  public static List<String> removedValues(CheckConstraint before, CheckConstraint after) {
    Optional<Stored> old = stored(before);
    Optional<Stored> fresh = stored(after);
    if (old.isEmpty() || fresh.isEmpty() || !old.get().quoted().equals(fresh.get().quoted())) {
      return List.of();
    }
    return lost(old.get(), fresh.get());
  }

  /** The column an enum check constrains, or empty for any other check. */
  public static Optional<String> column(CheckConstraint check) {
    return stored(check).map(Stored::quoted)
        .map(quoted -> quoted.substring(1, quoted.length() - 1).replace("\"\"", "\""));
  }

  private static List<String> lost(Stored before, Stored after) {
    List<String> beforeConstants = before.constantsOr(after);
    List<String> afterConstants = after.constantsOr(before);
    return IntStream.range(0, beforeConstants.size())
        .filter(i -> !afterConstants.contains(beforeConstants.get(i)))
        .mapToObj(i -> unquoted(before.literals().get(i))).toList();
  }

  private static Optional<Stored> stored(Table table, String quoted) {
    return table.checks().stream().map(EnumConversion::stored).flatMap(Optional::stream)
        .filter(stored -> stored.quoted().equals(quoted)).findFirst();
  }

  /**
   * What {@code check} says its column stores, when it is an enum's: ordinals, or a list of values
   * whose constants it records, or a list of Java names (an enum stored by name).
   */
  private static Optional<Stored> stored(CheckConstraint check) {
    List<String> recorded = check.enumConstants();
    Matcher ordinals = BY_ORDINAL.matcher(check.expression());
    if (ordinals.matches()) {
      List<String> literals = IntStream.rangeClosed(0, Integer.parseInt(ordinals.group(2)))
          .mapToObj(String::valueOf).toList();
      return Optional.of(new Stored(ordinals.group(1), literals, constants(recorded, literals.size()), false));
    }
    Matcher list = IN_LIST.matcher(check.expression());
    if (!list.matches()) {
      return Optional.empty();
    }
    List<String> literals = literals(list.group(2));
    if (literals.isEmpty()) {
      return Optional.empty();
    }
    if (recorded.size() == literals.size()) {
      return Optional.of(new Stored(list.group(1), literals, recorded, false));
    }
    if (recorded.isEmpty() && literals.stream().allMatch(literal -> JAVA_NAME.matcher(literal).matches())) {
      return Optional.of(new Stored(list.group(1), literals, literals.stream().map(EnumConversion::unquoted).toList(),
          true));
    }
    return Optional.empty();
  }

  /** The recorded constants when they name every value, else unknown ones. */
  private static List<String> constants(List<String> recorded, int values) {
    return recorded.size() == values ? recorded : Stream.<String>generate(() -> null).limit(values).toList();
  }

  /** The literals of {@code 'BUY', 'SELL'} or {@code 1, 2}; empty when the list holds anything else. */
  private static List<String> literals(String list) {
    List<String> literals = new ArrayList<>();
    Matcher literal = LITERAL.matcher(list);
    int at = 0;
    while (literal.find(at) && literal.start() == at) {
      literals.add(literal.group());
      at = literal.end();
      if (at == list.length()) {
        return literals;
      }
      if (!list.startsWith(", ", at)) {
        return List.of();
      }
      at += 2;
    }
    return List.of();
  }

  private static String unquoted(String literal) {
    return literal.startsWith("'") ? literal.substring(1, literal.length() - 1).replace("''", "'") : literal;
  }
}
