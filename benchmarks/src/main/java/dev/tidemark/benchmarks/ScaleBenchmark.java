package dev.tidemark.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Scale: how diff and ledger load grow with the model, in fresh JVMs per size. */
final class ScaleBenchmark {

  /** A ledger load past this is stopped and reported as such, so the largest size stays bounded. */
  private static final Duration LEDGER_LOAD_LIMIT = Duration.ofMinutes(3);

  private final Fork fork;
  private final Settings settings;
  private final Path work;

  ScaleBenchmark(Fork fork, Settings settings, Path work) {
    this.fork = fork;
    this.settings = settings;
    this.work = work;
  }

  void run(Report report) {
    Report.Section table = report.section("Scale: diff and ledger load",
        "tables", "diff empty to model", "diff, nothing changed", "diff, one column added",
        "ledger load (" + ScaleCall.LEDGER_REVISIONS + " frozen revisions)", "ledger kept in heap");
    double largestModelDiff = Double.NaN;
    for (int tables : settings.scaleTables()) {
      String size = Integer.toString(tables);
      String runs = Integer.toString(settings.runs());
      Map<String, List<String>> diffs = fork.run(ScaleCall.class, List.of(), List.of("diff", size, runs));
      String ledgerLoad;
      String ledgerKept;
      try {
        Map<String, List<String>> ledger = fork.run(ScaleCall.class, List.of(),
            List.of("ledger", size, runs, work.resolve("ledger-" + tables).toString()), LEDGER_LOAD_LIMIT);
        ledgerLoad = cell(ledger, "ledger-load");
        ledgerKept = Stats.megabytes(Double.parseDouble(ledger.get("ledger-retained").get(0)));
      } catch (Fork.TimedOut e) {
        ledgerLoad = "over " + LEDGER_LOAD_LIMIT.toMinutes() + " min (stopped)";
        ledgerKept = "n/a";
      }
      table.row(size, cell(diffs, "diff-create"), cell(diffs, "diff-unchanged"), cell(diffs, "diff-one-column"),
          ledgerLoad, ledgerKept);
      largestModelDiff = medianMillis(diffs, "diff-one-column");
    }
    table.note("Each cell: median time of up to " + settings.runs() + " runs in one fresh JVM per size (the first run"
            + " included, so it holds JIT warm-up), and what the first run allocated. Tables have 10 to 20 columns,"
            + " a primary key and an index; every third one has a foreign key. The ledger load reads, checks"
            + " (checksums, SQL, downgrade replay) and replays " + ScaleCall.LEDGER_REVISIONS + " frozen revisions"
            + " that build the model; it runs in a JVM of its own and is stopped after "
            + LEDGER_LOAD_LIMIT.toMinutes() + " min.")
        .note("Target: the diff of the largest model under 1 s (measured " + Stats.ms(largestModelDiff)
            + " for one column added).")
        .print();
  }

  private static String cell(Map<String, List<String>> results, String name) {
    double allocated = Double.parseDouble(results.get(name + "-allocated").get(0));
    return Stats.ms(medianMillis(results, name)) + ", " + Stats.megabytes(allocated) + " allocated";
  }

  private static double medianMillis(Map<String, List<String>> results, String name) {
    return Stats.median(results.get(name).stream().map(nanos -> Stats.millis(Long.parseLong(nanos))).toList());
  }
}
