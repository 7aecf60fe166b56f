package dev.tidemark.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Runs the benchmarks of issue 11 and writes their report: no-op boot and full apply against
 * Flyway and Liquibase, build cost against plain javac and Hibernate's metamodel processor, and how
 * diff and ledger load scale. {@link Settings#USAGE} lists the flags.
 */
public final class Benchmarks {

  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    Settings settings;
    try {
      settings = Settings.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    run(settings);
  }

  static void run(Settings settings) throws Exception {
    Path work = settings.work().toAbsolutePath();
    BuildBenchmark.deleteRecursively(work);
    Report report = new Report("Tidemark benchmarks", machine());
    if (settings.runs("boot") || settings.runs("apply")) {
      ToolFixtures fixtures = ToolFixtures.write(work.resolve("fixtures"), settings.revisions());
      Fork withMigrations = new Fork(work.resolve("fork-logs"), List.of(fixtures.tidemarkClasses().toString()));
      try (BenchServer server = BenchServer.start(work.resolve("postgres"))) {
        if (settings.runs("boot")) {
          new BootBenchmark(server, withMigrations, fixtures, settings).run(report);
        }
        if (settings.runs("apply")) {
          new ApplyBenchmark(server, withMigrations, fixtures, settings).run(report);
        }
      }
    }
    Fork fork = new Fork(work.resolve("fork-logs"), List.of());
    if (settings.runs("build")) {
      new BuildBenchmark(fork, settings, work.resolve("build")).run(report);
    }
    if (settings.runs("scale")) {
      new ScaleBenchmark(fork, settings, work.resolve("scale")).run(report);
    }
    report.write(settings.out());
    System.out.println("Report written to " + settings.out().toAbsolutePath());
  }

  /** The machine the figures come from; they mean little without it. */
  private static List<String> machine() throws IOException {
    String cpu = "unknown CPU";
    String memory = "unknown";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.isReadable(cpuinfo)) {
      cpu = Files.readAllLines(cpuinfo).stream().filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
    }
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.isReadable(meminfo)) {
      memory = Files.readAllLines(meminfo).stream().filter(line -> line.startsWith("MemTotal:"))
          .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / (1024 * 1024) + " GiB").findFirst().orElse(memory);
    }
    return List.of(
        "Run at " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " on " + Runtime.getRuntime().availableProcessors()
            + " CPUs (" + cpu + "), " + memory + " RAM, Java " + System.getProperty("java.version") + ".",
        "Figures from a shared or busy machine are noisy: compare tools within one run, not across machines.");
  }
}
