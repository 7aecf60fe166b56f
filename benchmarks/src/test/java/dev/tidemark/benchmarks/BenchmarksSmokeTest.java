package dev.tidemark.benchmarks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every part of the harness, run at a tiny size, ends in a report: the harness works, nothing is
 * measured. It forks some twenty JVMs (about half a minute on a quiet 2-core machine), which is the
 * price of knowing that the published command still works.
 */
class BenchmarksSmokeTest {

  @Test
  void everyPartRunsAtATinySizeAndReports(@TempDir Path work) throws Exception {
    Path report = work.resolve("benchmarks.md");
    Benchmarks.run(Settings.parse(new String[] {
        "--revisions=3", "--runs=1", "--calls=2", "--entities=3", "--ledger-sizes=2", "--scale-tables=10",
        "--out=" + report, "--work=" + work.resolve("work")}));

    String text = Files.readString(report);
    for (String section : new String[] {"## No-op boot: 3 revisions", "## No-op boot taken apart",
        "## Full apply: 3 revisions", "## Build cost: javac on 3 entities", "## Scale: diff and ledger load"}) {
      assertTrue(text.contains(section), () -> "the report lacks " + section + ":\n" + text);
    }
    assertTrue(text.contains("| Tidemark | "), text);
  }
}
