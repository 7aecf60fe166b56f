package dev.tidemark.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files, compared as text. When a change to generated output is intended, run
 * {@code mvn -pl processor test -Dtidemark.updateGolden=true} and review the diff of the goldens.
 */
final class Golden {

  private Golden() {}

  static void assertMatches(String name, String actual) {
    Path golden = Path.of(System.getProperty("tidemark.goldenDir", "src/test/resources/golden")).resolve(name);
    try {
      if (Boolean.getBoolean("tidemark.updateGolden")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual);
        return;
      }
      assertEquals(Files.readString(golden), actual,
          "differs from golden " + golden + "; if intended, rerun with -Dtidemark.updateGolden=true");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use golden file " + golden, e);
    }
  }
}
