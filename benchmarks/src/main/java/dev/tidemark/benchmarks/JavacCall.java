package dev.tidemark.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The forked side of the build benchmark: one javac run in a fresh JVM, as a build starts it.
 *
 * <p>Arguments: {@code <options file> <sources file>}, one entry a line. Reports the compile time,
 * the peak resident memory of the JVM, the peak heap used and, when javac fails, its first error:
 * a failed build is a result too.
 */
public final class JavacCall {

  private JavacCall() {}

  public static void main(String[] args) throws Exception {
    List<String> options = Files.readAllLines(Path.of(args[0]));
    List<Path> sources = Files.readAllLines(Path.of(args[1])).stream().map(Path::of).toList();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    long started = System.nanoTime();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      compiled = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
    }
    long elapsed = System.nanoTime() - started;
    diagnostics.getDiagnostics().forEach(diagnostic -> System.err.println(diagnostic));
    Fork.result("compile", elapsed);
    if (!compiled) {
      Fork.result("error", diagnostics.getDiagnostics().stream()
          .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
          .map(JavacCall::oneLine)
          .findFirst()
          .orElse("javac failed without an error diagnostic"));
    }
    Fork.result("peak-heap", ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .mapToLong(pool -> pool.getPeakUsage().getUsed())
        .sum());
    Fork.result("peak-rss", peakResidentBytes());
  }

  /** {@code V0001_Draft.java:27: code too large}: where, and what, on one line. */
  private static String oneLine(Diagnostic<? extends JavaFileObject> diagnostic) {
    String where = diagnostic.getSource() == null ? ""
        : Path.of(diagnostic.getSource().getName()).getFileName() + ":" + diagnostic.getLineNumber() + ": ";
    return (where + diagnostic.getMessage(Locale.ROOT)).replaceAll("\\s+", " ");
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
