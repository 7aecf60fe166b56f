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
 * back the {@code key value} lines it prints. Its output and log go to files; the log is shown
 * when it fails.
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

  /** Thrown when a fork runs past its time limit; the fork is stopped. */
  static final class TimedOut extends RuntimeException {
    TimedOut(String message) {
      super(message);
    }
  }

  /** Runs {@code mainClass} with {@code arguments}; the results it printed, by key, in order. */
  Map<String, List<String>> run(Class<?> mainClass, List<String> jvmOptions, List<String> arguments) {
    return run(mainClass, jvmOptions, arguments, TIMEOUT);
  }

  /** As {@link #run(Class, List, List)}, stopping the fork with {@link TimedOut} after {@code timeout}. */
  Map<String, List<String>> run(Class<?> mainClass, List<String> jvmOptions, List<String> arguments, Duration timeout) {
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
    String name = mainClass.getSimpleName() + "-" + (++forks);
    Path log = logDirectory.resolve(name + ".log");
    Path output = logDirectory.resolve(name + ".out");
    try {
      Files.createDirectories(logDirectory);
      Process process = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(output.toFile()).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
        throw new TimedOut(mainClass.getSimpleName() + " " + arguments + " did not finish within " + timeout);
      }
      if (process.exitValue() != 0) {
        List<String> logLines = Files.readAllLines(log);
        throw new IllegalStateException(mainClass.getSimpleName() + " " + arguments + " failed with exit code "
            + process.exitValue() + "; the end of " + log + ":\n"
            + String.join("\n", logLines.subList(Math.max(0, logLines.size() - 30), logLines.size())));
      }
      Map<String, List<String>> results = new HashMap<>();
      for (String line : Files.readAllLines(output)) {
        if (line.startsWith(RESULT)) {
          String[] parts = line.substring(RESULT.length()).split(" ", 2);
          results.computeIfAbsent(parts[0], key -> new ArrayList<>()).add(parts.length > 1 ? parts[1] : "");
        }
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
