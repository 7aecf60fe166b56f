package dev.tidemark.runtime.schema;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of calendar time that range partitions are cut by, or kept for: {@code 1 day},
 * {@code 1 week}, {@code 3 months}, {@code 1 year}.
 *
 * @param count how many units, at least 1
 * @param unit the calendar unit
 */
public record PartitionInterval(int count, Unit unit) {

  public enum Unit {
    DAY, WEEK, MONTH, YEAR
  }

  /**
   * Where partition boundaries are counted from, so every boot and every instance cuts the same
   * ones: a Monday for days and weeks (weekly partitions start on Mondays), a New Year for months
   * and years.
   */
  private static final LocalDate DAY_ANCHOR = LocalDate.of(2000, 1, 3);
  private static final LocalDate MONTH_ANCHOR = LocalDate.of(2000, 1, 1);
  private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,3}) (day|week|month|year)s?");

  public PartitionInterval {
    if (count < 1) {
      throw new IllegalArgumentException("a partition interval is at least 1 " + unit);
    }
  }

  /** {@code "3 months"} as an interval; fails with the forms it accepts. */
  public static PartitionInterval parse(String text) {
    Matcher matcher = TEXT.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not an interval such as 1 day, 2 weeks, 1 month or 1 year");
    }
    return new PartitionInterval(Integer.parseInt(matcher.group(1)), Unit.valueOf(matcher.group(2).toUpperCase(Locale.ROOT)));
  }

  /** The start of the partition that holds {@code date}. */
  public LocalDate floor(LocalDate date) {
    LocalDate anchor = anchor();
    long steps = Math.floorDiv(chronoUnit().between(anchor, date), (long) count * multiplier());
    LocalDate start = plus(anchor, steps);
    // between() counts whole units, so a date before the anchor may land one step late.
    return start.isAfter(date) ? plus(anchor, steps - 1) : start;
  }

  /** {@code start} moved on by this interval {@code times} times (back when negative). */
  public LocalDate plus(LocalDate start, long times) {
    return start.plus(times * count * multiplier(), chronoUnit());
  }

  private LocalDate anchor() {
    return unit == Unit.DAY || unit == Unit.WEEK ? DAY_ANCHOR : MONTH_ANCHOR;
  }

  private ChronoUnit chronoUnit() {
    return switch (unit) {
      case DAY, WEEK -> ChronoUnit.DAYS;
      case MONTH, YEAR -> ChronoUnit.MONTHS;
    };
  }

  private int multiplier() {
    return switch (unit) {
      case DAY, MONTH -> 1;
      case WEEK -> 7;
      case YEAR -> 12;
    };
  }

  /** {@code 3 months}, as the annotation and the ledger write it. */
  @Override
  public String toString() {
    return count + " " + unit.name().toLowerCase(Locale.ROOT) + (count == 1 ? "" : "s");
  }
}
