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
        .map(match -> Arrays.stream(match.group(2).split(", "))
            .map(literal -> literal.substring(1, literal.length() - 1)).toList())
        .findFirst();
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
