package dev.tidemark.benchmarks;

import java.util.List;
import java.util.Locale;

/** Medians and the formats the report prints them in. */
final class Stats {

  private Stats() {}

  static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }

  static String ms(double millis) {
    return Double.isNaN(millis) ? "n/a" : String.format(Locale.ROOT, millis < 10 ? "%.2f ms" : "%.0f ms", millis);
  }

  static String ratio(double value, double base) {
    return Double.isNaN(value) || Double.isNaN(base) || base <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", value / base);
  }

  static String number(double value, String format) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, format, value);
  }

  static String megabytes(double bytes) {
    return Double.isNaN(bytes) ? "n/a" : String.format(Locale.ROOT, bytes < 10 * 1024 * 1024 ? "%.1f MB" : "%.0f MB", bytes / (1024 * 1024));
  }
}
