package dev.tidemark.runtime.diff;

import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.PostgresNames;
import dev.tidemark.runtime.schema.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The conversion of an enum column between its two representations. Hibernate checks an enum stored
 * by ordinal with {@code "side" between 0 and 1} and one stored by name with {@code "side" in ('BUY',
 * 'SELL')}, listing the constants in declaration order: so the checks of both sides say which name
 * each ordinal stands for. A cast would store the ordinal 0 as the text '0', not 'BUY'.
 */
public final class EnumConversion {

  private static final Pattern BY_ORDINAL = Pattern.compile("(\"[^\"]+\") between 0 and (\\d+)");
  private static final Pattern BY_NAME = Pattern.compile("(\"[^\"]+\") in \\(((?:'[A-Za-z_$][\\w$]*'(?:, )?)+)\\)");

  private EnumConversion() {}

  /**
   * The expression that turns {@code column}'s values in {@code from} into those of {@code to}, of
   * type {@code type}; empty when the column is not an enum changing representation. The names come
   * from the side stored by name; an ordinal no name stands for becomes null.
   */
  public static Optional<String> between(Table from, Table to, String column, String type) {
    String quoted = PostgresNames.quote(column);
    Optional<Integer> ordinalsBefore = ordinals(from, quoted);
    Optional<List<String>> namesAfter = names(to, quoted);
    if (ordinalsBefore.isPresent() && namesAfter.isPresent()) {
      List<String> names = namesAfter.get();
      return Optional.of(caseOf(quoted, IntStream.range(0, Math.min(ordinalsBefore.get() + 1, names.size()))
          .mapToObj(ordinal -> new String[] {String.valueOf(ordinal), names.get(ordinal)}).toList(), type));
    }
    Optional<List<String>> namesBefore = names(from, quoted);
    if (namesBefore.isPresent() && ordinals(to, quoted).isPresent()) {
      List<String> names = namesBefore.get();
      return Optional.of(caseOf(quoted, IntStream.range(0, names.size())
          .mapToObj(ordinal -> new String[] {names.get(ordinal), String.valueOf(ordinal)}).toList(), type));
    }
    return Optional.empty();
  }

  /**
   * The stored values of {@code column} that the conversion from {@code from} to {@code to} has no
   * value for, as the old side writes them (ordinals, or names): constants removed along with the
   * change of representation. Empty when nothing is lost or the column is no enum changing representation.
   */
  public static List<String> lostValues(Table from, Table to, String column) {
    String quoted = PostgresNames.quote(column);
    Optional<Integer> ordinalsBefore = ordinals(from, quoted);
    Optional<List<String>> namesAfter = names(to, quoted);
    if (ordinalsBefore.isPresent() && namesAfter.isPresent()) {
      return IntStream.rangeClosed(namesAfter.get().size(), ordinalsBefore.get()).mapToObj(String::valueOf).toList();
    }
    Optional<List<String>> namesBefore = names(from, quoted);
    Optional<Integer> ordinalsAfter = ordinals(to, quoted);
    if (namesBefore.isPresent() && ordinalsAfter.isPresent()) {
      List<String> names = namesBefore.get();
      return names.subList(Math.min(ordinalsAfter.get() + 1, names.size()), names.size());
    }
    return List.of();
  }

  /**
   * The stored values an enum check replacing {@code before} no longer allows, when both store the
   * same column the same way: the ordinals or names of removed constants. Such rows would fail the
   * new check. Empty when nothing is removed, or either is no enum check.
   */
  public static List<String> removedValues(CheckConstraint before, CheckConstraint after) {
    Matcher ordinalsBefore = BY_ORDINAL.matcher(before.expression());
    Matcher ordinalsAfter = BY_ORDINAL.matcher(after.expression());
    if (ordinalsBefore.matches() && ordinalsAfter.matches() && ordinalsBefore.group(1).equals(ordinalsAfter.group(1))) {
      return IntStream.rangeClosed(Integer.parseInt(ordinalsAfter.group(2)) + 1, Integer.parseInt(ordinalsBefore.group(2)))
          .mapToObj(String::valueOf).toList();
    }
    Matcher namesBefore = BY_NAME.matcher(before.expression());
    Matcher namesAfter = BY_NAME.matcher(after.expression());
    if (namesBefore.matches() && namesAfter.matches() && namesBefore.group(1).equals(namesAfter.group(1))) {
      List<String> kept = names(namesAfter.group(2));
      return names(namesBefore.group(2)).stream().filter(name -> !kept.contains(name)).toList();
    }
    return List.of();
  }

  /** The column an enum check constrains, or empty for any other check. */
  public static Optional<String> column(CheckConstraint check) {
    return Stream.of(BY_ORDINAL, BY_NAME).map(pattern -> pattern.matcher(check.expression()))
        .filter(Matcher::matches).findFirst()
        .map(match -> match.group(1).substring(1, match.group(1).length() - 1).replace("\"\"", "\""));
  }

  /** The highest ordinal {@code table}'s check allows in {@code quoted}, when it is stored by ordinal. */
  private static Optional<Integer> ordinals(Table table, String quoted) {
    return table.checks().stream().map(CheckConstraint::expression).map(BY_ORDINAL::matcher)
        .filter(Matcher::matches).filter(match -> match.group(1).equals(quoted))
        .map(match -> Integer.parseInt(match.group(2))).findFirst();
  }

  /** The constants {@code table}'s check allows in {@code quoted}, in order, when it is stored by name. */
  private static Optional<List<String>> names(Table table, String quoted) {
    return table.checks().stream().map(CheckConstraint::expression).map(BY_NAME::matcher)
        .filter(Matcher::matches).filter(match -> match.group(1).equals(quoted))
        .map(match -> names(match.group(2))).findFirst();
  }

  /** The names of a check's list of literals, {@code 'BUY', 'SELL'}. */
  private static List<String> names(String literals) {
    return Arrays.stream(literals.split(", ")).map(literal -> literal.substring(1, literal.length() - 1)).toList();
  }

  /** {@code case "side" when 0 then 'BUY' … end}, each pair an old value and the new one (names as literals). */
  private static String caseOf(String quoted, List<String[]> pairs, String type) {
    return "(case " + quoted + pairs.stream().map(pair -> " when " + literal(pair[0]) + " then " + literal(pair[1]))
        .collect(Collectors.joining()) + " end)::" + type;
  }

  private static String literal(String value) {
    return value.chars().allMatch(Character::isDigit) ? value : "'" + value + "'";
  }
}
