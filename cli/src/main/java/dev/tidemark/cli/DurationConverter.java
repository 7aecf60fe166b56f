package dev.tidemark.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}, or ISO-8601 as {@link Duration#parse} reads it. */
final class DurationConverter implements ITypeConverter<Duration> {

  private static final Pattern SHORT = Pattern.compile("([0-9]+)(ms|s|m|h)");

  @Override
  public Duration convert(String value) {
    Matcher shortForm = SHORT.matcher(value);
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return switch (shortForm.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    }
    try {
      return Duration.parse(value);
    } catch (RuntimeException e) {
      throw new TypeConversionException("'" + value + "' is not a duration; use 500ms, 5s, 2m, 1h or PT5S");
    }
  }
}
