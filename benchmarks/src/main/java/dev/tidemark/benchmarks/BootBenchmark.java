package dev.tidemark.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * No-op boot: a database already at the head of the history, and each tool's migrate call in fresh
 * JVMs, interleaved run by run, against the same database. The floor is a bare connection and the
 * one history query, in a fresh JVM too.
 */
final class BootBenchmark {

  private static final String DATABASE = "boot";

  private final BenchServer server;
  private final Fork fork;
  private final ToolFixtures fixtures;
  private final Settings settings;

  BootBenchmark(BenchServer server, Fork fork, ToolFixtures fixtures, Settings settings) {
    this.server = server;
    this.fork = fork;
    this.fixtures = fixtures;
    this.settings = settings;
  }

  private record Timings(List<Double> first, List<Double> later, List<StatementCount> firstSent,
      List<StatementCount> laterSent) {
    Timings() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    }
  }

  void run(Report report) throws Exception {
    server.createDatabase(DATABASE, ToolFixtures.PREPARED_SCHEMAS);
    String url = server.url(DATABASE);
    for (Tool tool : List.of(Tool.TIDEMARK, Tool.FLYWAY, Tool.LIQUIBASE)) {
      fork.run(BootCall.class, List.of(), List.of("apply", tool.name(), fixtures.directory(), url, "setup", "1"));
    }
    Map<Tool, Timings> timings = new EnumMap<>(Tool.class);
    Map<String, List<Double>> breakdown = new LinkedHashMap<>();
    List<Tool> order = new ArrayList<>(List.of(Tool.values()));
    for (int run = 1; run <= settings.runs(); run++) {
      for (Tool tool : order) {
        String applicationName = "boot-" + tool.name().toLowerCase(Locale.ROOT) + "-" + run;
        Map<String, List<String>> results = fork.run(BootCall.class, List.of(), List.of(
            "boot", tool.name(), fixtures.directory(), url, applicationName, Integer.toString(settings.calls())));
        List<Double> calls = results.get("call").stream().map(nanos -> Stats.millis(Long.parseLong(nanos))).toList();
        Timings timing = timings.computeIfAbsent(tool, key -> new Timings());
        timing.first().add(calls.get(0));
        timing.later().add(Stats.median(calls.subList(1, calls.size())));
        timing.firstSent().add(server.statementsSentBy(applicationName + "-0"));
        timing.laterSent().add(server.statementsSentBy(applicationName + "-1"));
      }
      Map<String, List<String>> steps = fork.run(BootCall.class, List.of(),
          List.of("catalog", Tool.TIDEMARK.name(), fixtures.directory(), url, "boot-breakdown-" + run, "1"));
      steps.forEach((step, values) -> breakdown.computeIfAbsent(step, key -> new ArrayList<>())
          .add(Double.parseDouble(values.get(0))));
      // Each tool goes first in turn, so none always runs on the coldest page cache.
      order.add(order.remove(0));
    }

    double floorFirstCall = Stats.median(timings.get(Tool.FLOOR).first());
    double floorLater = Stats.median(timings.get(Tool.FLOOR).later());
    double flywayFirstAbove = Stats.median(timings.get(Tool.FLYWAY).first()) - floorFirstCall;
    double flywayLaterAbove = Stats.median(timings.get(Tool.FLYWAY).later()) - floorLater;
    Report.Section table = report.section("No-op boot: " + fixtures.revisions() + " revisions, database at head",
        "tool", "first call (fresh JVM)", "above floor", "vs Flyway above floor", "later calls", "above floor",
        "vs Flyway above floor", "statements (first / later)", "connections (first / later)");
    for (Tool tool : Tool.values()) {
      Timings timing = timings.get(tool);
      double first = Stats.median(timing.first());
      double later = Stats.median(timing.later());
      table.row(tool.label(), Stats.ms(first), Stats.ms(first - floorFirstCall),
          tool == Tool.FLOOR ? "" : Stats.ratio(first - floorFirstCall, flywayFirstAbove),
          Stats.ms(later), Stats.ms(later - floorLater),
          tool == Tool.FLOOR ? "" : Stats.ratio(later - floorLater, flywayLaterAbove),
          medianOf(timing.firstSent(), StatementCount::statements) + " / "
              + medianOf(timing.laterSent(), StatementCount::statements),
          medianOf(timing.firstSent(), StatementCount::connections) + " / "
              + medianOf(timing.laterSent(), StatementCount::connections));
    }
    double tidemarkFirstAbove = Stats.median(timings.get(Tool.TIDEMARK).first()) - floorFirstCall;
    double tidemarkLaterAbove = Stats.median(timings.get(Tool.TIDEMARK).later()) - floorLater;
    table.note("Medians of " + settings.runs() + " interleaved runs; each run forks one JVM per tool, times its first"
            + " migrate call (configuration, class loading and connecting included) and the median of up to "
            + (settings.calls() - 1) + " later calls in the same JVM. Statements are counted in the server's"
            + " statement log (log_statement=all), per call, by application_name; pgjdbc's own"
            + " SET application_name, sent once per connection, counts as a connection, not a statement.")
        .note("Targets: Tidemark's first-call cost above the floor at most 0.10x Flyway's (measured "
            + Stats.ratio(tidemarkFirstAbove, flywayFirstAbove) + "); later calls within 2 ms of the floor (measured "
            + Stats.ms(tidemarkLaterAbove) + " above); one statement (measured "
            + medianOf(timings.get(Tool.TIDEMARK).laterSent(), StatementCount::statements) + ", besides the"
            + " driver's SET application_name per connection).")
        .print();

    report.section("No-op boot taken apart: Tidemark in a fresh JVM", "step", "time", "classes loaded")
        .row("load pgjdbc, connect and run the history query (the floor's work)", breakdownTime(breakdown, "floor"),
            breakdownClasses(breakdown, "floor"))
        .row("then find the catalog and read its " + fixtures.revisions() + " revisions' identities",
            breakdownTime(breakdown, "catalog-first"), breakdownClasses(breakdown, "catalog-first"))
        .row("then Tidemark.migrate, with all of that loaded", breakdownTime(breakdown, "migrate-after-catalog"),
            breakdownClasses(breakdown, "migrate-after-catalog"))
        .row("read the catalog again, loaded (what every later call pays)",
            breakdownTime(breakdown, "catalog-warm"), breakdownClasses(breakdown, "catalog-warm"))
        .note("Medians; the steps run in this order in one fresh JVM per run. The second row is what the catalog costs a"
            + " boot that has nothing to apply (it loads no migration class); the third is the rest of Tidemark's first"
            + " call, and its classes are mostly what the runtime initializes on that path.")
        .print();
  }

  private static String breakdownTime(Map<String, List<Double>> breakdown, String step) {
    return Stats.ms(Stats.median(breakdown.get(step).stream().map(nanos -> nanos / 1_000_000).toList()));
  }

  private static String breakdownClasses(Map<String, List<Double>> breakdown, String step) {
    return Stats.number(Stats.median(breakdown.get(step + "-classes")), "%.0f");
  }

  private static String medianOf(List<StatementCount> counts, ToLongFunction<StatementCount> field) {
    return Stats.number(Stats.median(counts.stream().map(count -> (double) field.applyAsLong(count)).toList()), "%.0f");
  }
}
