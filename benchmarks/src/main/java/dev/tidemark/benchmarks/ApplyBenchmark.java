package dev.tidemark.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Full apply: every revision from an empty database to the head, each tool in a fresh JVM on a
 * database of its own, interleaved run by run. The floor sends the same statements by plain JDBC,
 * one transaction per revision.
 */
final class ApplyBenchmark {

  private final BenchServer server;
  private final Fork fork;
  private final ToolFixtures fixtures;
  private final Settings settings;

  ApplyBenchmark(BenchServer server, Fork fork, ToolFixtures fixtures, Settings settings) {
    this.server = server;
    this.fork = fork;
    this.fixtures = fixtures;
    this.settings = settings;
  }

  void run(Report report) throws Exception {
    Map<Tool, List<Double>> millis = new EnumMap<>(Tool.class);
    Map<Tool, List<Double>> statements = new EnumMap<>(Tool.class);
    List<Tool> order = new ArrayList<>(List.of(Tool.values()));
    for (int run = 1; run <= settings.runs(); run++) {
      for (Tool tool : order) {
        String name = "apply_" + tool.name().toLowerCase(Locale.ROOT) + "_" + run;
        server.createDatabase(name, ToolFixtures.PREPARED_SCHEMAS);
        Map<String, List<String>> results = fork.run(BootCall.class, List.of(),
            List.of("apply", tool.name(), fixtures.directory(), server.url(name), name, "1"));
        millis.computeIfAbsent(tool, key -> new ArrayList<>()).add(Stats.millis(Long.parseLong(results.get("apply").get(0))));
        statements.computeIfAbsent(tool, key -> new ArrayList<>()).add((double) server.statementsSentBy(name).statements());
      }
      order.add(order.remove(0));
    }

    int revisions = fixtures.revisions();
    double floor = Stats.median(millis.get(Tool.FLOOR));
    double flywayRate = revisions / (Stats.median(millis.get(Tool.FLYWAY)) / 1000);
    Report.Section table = report.section("Full apply: " + revisions + " revisions, empty database to head",
        "tool", "time", "revisions/s", "vs Flyway revisions/s", "above floor", "above floor per revision", "statements");
    for (Tool tool : Tool.values()) {
      double time = Stats.median(millis.get(tool));
      double rate = revisions / (time / 1000);
      table.row(tool.label(), Stats.ms(time), Stats.number(rate, "%.0f"), Stats.ratio(rate, flywayRate),
          Stats.ms(time - floor), Stats.ms((time - floor) / revisions),
          Stats.number(Stats.median(statements.get(tool)), "%.0f"));
    }
    double tidemarkRate = revisions / (Stats.median(millis.get(Tool.TIDEMARK)) / 1000);
    table.note("Medians of " + settings.runs() + " interleaved runs, each a fresh JVM timing one migrate call (class"
            + " loading included) on a new database. Every tool runs the same DDL, rendered by Tidemark's"
            + " PostgresRenderer; the server runs with fsync off.")
        .note("Target: Tidemark at least 4x Flyway's revisions/s (measured " + Stats.ratio(tidemarkRate, flywayRate) + ").")
        .print();
  }
}
