package dev.tidemark.benchmarks;

import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.Tidemark;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ServiceLoader;

/**
 * The forked side of the boot and apply benchmarks: a fresh JVM that makes one tool's migrate call,
 * as a service does at boot, and reports how long each call took.
 *
 * <p>Arguments: {@code <mode> <tool> <fixtures directory> <jdbc url> <application name> <calls>}, where the
 * mode is {@code boot} (the first call and the later ones, each connecting as
 * {@code <application name>-<call>}), {@code apply} (one call on an empty database) or
 * {@code catalog} (Tidemark's boot taken apart).
 */
public final class BootCall {

  /** Later calls stop early past this, so a slow tool cannot stretch a run without bound. */
  private static final Duration CALLS_LIMIT = Duration.ofSeconds(60);

  private BootCall() {}

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Tool tool = Tool.valueOf(args[1]);
    // A fork needs only where the fixtures are, not how many revisions they hold.
    ToolFixtures fixtures = new ToolFixtures(Path.of(args[2]), 0);
    String url = args[3];
    String applicationName = args[4];
    int calls = Integer.parseInt(args[5]);
    switch (mode) {
      case "boot" -> boot(tool, fixtures, url, applicationName, calls);
      case "apply" -> {
        long started = System.nanoTime();
        tool.applyAll(BenchServer.dataSource(url, applicationName), fixtures);
        Fork.result("apply", System.nanoTime() - started);
      }
      case "catalog" -> catalogBreakdown(fixtures, url, applicationName);
      default -> throw new IllegalArgumentException("unknown mode " + mode);
    }
  }

  private static void boot(Tool tool, ToolFixtures fixtures, String url, String applicationName, int calls)
      throws Exception {
    long limit = System.nanoTime() + CALLS_LIMIT.toNanos();
    for (int call = 0; call < calls && (call == 0 || System.nanoTime() < limit); call++) {
      var dataSource = BenchServer.dataSource(url, applicationName + "-" + call);
      long started = System.nanoTime();
      tool.migrate(dataSource, fixtures);
      Fork.result("call", System.nanoTime() - started);
    }
  }

  /**
   * Tidemark's no-op boot in a fresh JVM, step by step: what the floor does (loading the driver,
   * connecting, the history query), then finding the catalog and reading its revisions' identities
   * (what a boot compares with the history; no migration class is loaded), then the migrate call
   * with all of that loaded, then reading the catalog again, as every later call does.
   */
  private static void catalogBreakdown(ToolFixtures fixtures, String url, String applicationName) throws Exception {
    step("floor", () -> Tool.FLOOR.migrate(BenchServer.dataSource(url, applicationName + "-floor"), fixtures));
    step("catalog-first", () -> ServiceLoader.load(MigrationCatalog.class).findFirst().orElseThrow().revisions());
    step("migrate-after-catalog", () -> Tidemark.migrate(BenchServer.dataSource(url, applicationName)));
    step("catalog-warm", () -> ServiceLoader.load(MigrationCatalog.class).findFirst().orElseThrow().revisions());
  }

  private interface Step {
    void run() throws Exception;
  }

  /** Reports the time a step took and how many classes the JVM loaded for it. */
  private static void step(String name, Step step) throws Exception {
    ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    long loadedBefore = classes.getTotalLoadedClassCount();
    long started = System.nanoTime();
    step.run();
    Fork.result(name, System.nanoTime() - started);
    Fork.result(name + "-classes", classes.getTotalLoadedClassCount() - loadedBefore);
  }
}
