package dev.tidemark.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The inputs of a Tidemark compile that maven-compiler-plugin does not watch: its own
 * configuration (where processor options live) and the ledger files. javac reruns when a source
 * changes, but not when only these do, so a build could answer from stale output.
 *
 * @param compiler the compile's configuration
 * @param ledger one line per ledger file: its path under the ledger directory and its SHA-256
 */
record CompileInputs(String compiler, List<String> ledger) {

  /** Where the inputs of the last compile are recorded, by {@code prepare-compile} and {@code record-compile}. */
  static final String DEFAULT_RECORD = "${project.build.directory}/tidemark/compile-inputs.txt";

  private static final String LEDGER_HEADER = "\n--- ledger ---\n";

  static CompileInputs of(CompilerSettings settings) {
    return new CompileInputs(settings.configuration(),
        settings.ledgerDir().map(CompileInputs::ledgerLines).orElse(List.of()));
  }

  /** The inputs recorded after the last compile, if one was recorded. */
  static Optional<CompileInputs> read(Path record) throws IOException {
    if (!Files.isRegularFile(record)) {
      return Optional.empty();
    }
    String text = Files.readString(record, StandardCharsets.UTF_8);
    int split = text.indexOf(LEDGER_HEADER);
    if (split < 0) {
      return Optional.empty();
    }
    String ledger = text.substring(split + LEDGER_HEADER.length());
    return Optional.of(new CompileInputs(text.substring(0, split),
        ledger.isEmpty() ? List.of() : List.of(ledger.split("\n"))));
  }

  void write(Path record) throws IOException {
    Files.createDirectories(record.getParent());
    Files.writeString(record, compiler + LEDGER_HEADER + String.join("\n", ledger), StandardCharsets.UTF_8);
  }

  /** What changed since {@code recorded} ("the ledger files changed"), or empty when nothing did. */
  Optional<String> changesSince(CompileInputs recorded) {
    List<String> changes = Stream.of(
            compiler.equals(recorded.compiler) ? null : "the compiler's options",
            ledger.equals(recorded.ledger) ? null : "the ledger files")
        .filter(Objects::nonNull)
        .toList();
    return changes.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", changes) + " changed");
  }

  private static List<String> ledgerLines(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .map(file -> dir.relativize(file).toString().replace('\\', '/') + " " + sha256(file))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ledger directory " + dir, e);
    }
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ledger file " + file, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
