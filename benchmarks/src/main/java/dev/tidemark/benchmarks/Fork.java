package dev.tidemark.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class of this module in a fresh JVM, as a service boots or a build starts, and reads
 * back the {@code key value} lines it prints. Its log goes to a file, shown when it fails.
 */
final class Fork {

  /** The prefix of a result line; everything else on standard output is ignored. */
  static final String RESULT = "RESULT ";

  private static final Duration TIMEOUT = Duration.ofMinutes(30);

  private final Path logDirectory;
  private final List<String> extraClasspath;
  private int forks;

  Fork(Path logDirectory, List<String> extraClasspath) {
    this.logDirectory = logDirectory;
    this.extraClasspath = List.copyOf(extraClasspath);
  }

  /** Runs {@code mainClass} with {@code arguments}; the results it printed, by key, in order. */
  Map<String, List<String>> run(Class<?> mainClass, List<String> jvmOptions, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    // Liquibase would otherwise fetch its analytics settings over the network: loopback only.
    command.add("-Dliquibase.analytics.enabled=false");
    command.add("-Dliquibase.showBanner=false");
    command.add("-classpath");
    List<String> classpath = new ArrayList<>(extraClasspath);
    classpath.add(System.getProperty("java.class.path"));
    command.add(String.join(File.pathSeparator, classpath));
    command.add(mainClass.getName());
    command.addAll(arguments);
    Path log = logDirectory.resolve(mainClass.getSimpleName() + "-" + (++forks) + ".log");
    try {
      Files.createDirectories(logDirectory);
      Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
      Map<String, List<String>> results = new HashMap<>();
      try (var lines = process.inputReader().lines()) {
        lines.filter(line -> line.startsWith(RESULT)).forEach(line -> {
          String[] parts = line.substring(RESULT.length()).split(" ", 2);
          results.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts.length > 1 ? parts[1] : "");
        });
      }
      if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(mainClass.getSimpleName() + " did not finish within " + TIMEOUT);
      }
      if (process.exitValue() != 0) {
        List<String> logLines = Files.readAllLines(log);
        throw new IllegalStateException(mainClass.getSimpleName() + " " + arguments + " failed with exit code "
            + process.exitValue() + "; the end of " + log + ":\n"
            + String.join("\n", logLines.subList(Math.max(0, logLines.size() - 30), logLines.size())));
      }
      return results;
    } catch (IOException e) {
      throw new IllegalStateException("cannot fork " + mainClass.getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + mainClass.getSimpleName() + " ran", e);
    }
  }

  /** Prints a result line for {@link #run}: the only way a forked main reports back. */
  static void result(String key, Object value) {
    System.out.println(RESULT + key + " " + value);
  }
}
