package dev.tidemark.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.ToolProvider;

/**
 * The forked side of the build benchmark: one javac run in a fresh JVM, as a build starts it.
 * Argument: a javac argument file. Reports the compile time, the peak resident memory of the JVM
 * and the peak heap used.
 */
public final class JavacCall {

  private JavacCall() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    int exitCode = ToolProvider.getSystemJavaCompiler().run(null, null, null, "@" + args[0]);
    long elapsed = System.nanoTime() - started;
    if (exitCode != 0) {
      System.exit(exitCode);
    }
    Fork.result("compile", elapsed);
    Fork.result("peak-heap", ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum());
    Fork.result("peak-rss", peakResidentBytes());
  }

  /** VmHWM of this process on Linux, or -1 where /proc is not there. */
  private static long peakResidentBytes() throws Exception {
    Path status = Path.of("/proc/self/status");
    if (!Files.isReadable(status)) {
      return -1;
    }
    return Files.readAllLines(status).stream()
        .filter(line -> line.startsWith("VmHWM:"))
        .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
        .findFirst()
        .orElse(-1);
  }
}
