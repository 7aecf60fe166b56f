package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged jar as a deploy pipeline does: {@code java -jar tidemark-cli.jar ...} in a
 * process of its own, stdin closed and stdout and stderr piped (no terminal), the caller's
 * TIDEMARK_* variables removed so only what a test gives counts.
 */
final class CliProcess {

  private static final Path JAR = Path.of(System.getProperty("tidemark.cli.jar", "target/tidemark-cli.jar"));

  private final List<String> jvmOptions = new ArrayList<>();
  private final Map<String, String> environment = new HashMap<>();

  /** What one run printed and returned. */
  record Result(int exitCode, String out, String err) {

    String all() {
      return out + err;
    }
  }

  CliProcess jvmOption(String option) {
    jvmOptions.add(option);
    return this;
  }

  CliProcess env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  Result run(String... args) {
    return run(List.of(args));
  }

  Result run(List<String> args) {
    assertTrue(Files.isRegularFile(JAR), "the packaged jar " + JAR + " is missing; run mvn verify, not only test");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(name -> name.startsWith("TIDEMARK_"));
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      CompletableFuture<String> out = readAll(process.getInputStream());
      CompletableFuture<String> err = readAll(process.getErrorStream());
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("tidemark " + String.join(" ", args) + " did not finish in 120 s");
      }
      return new Result(process.exitValue(), out.join(), err.join());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  private static CompletableFuture<String> readAll(InputStream stream) {
    return CompletableFuture.supplyAsync(() -> {
      try (stream) {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
