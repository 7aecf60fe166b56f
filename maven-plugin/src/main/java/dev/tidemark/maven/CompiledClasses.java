package dev.tidemark.maven;

import dev.tidemark.runtime.MigrationCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the last compile left in the classes directory. */
final class CompiledClasses {

  /** The file that registers the generated catalogs; the processor writes it whenever it ran on entities. */
  static final String CATALOG_REGISTRATION = "META-INF/services/" + MigrationCatalog.class.getName();

  private CompiledClasses() {}

  static List<Path> in(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.toString().endsWith(".class")).sorted().toList();
    }
  }

  static boolean registersCatalogs(Path directory) {
    return Files.isRegularFile(directory.resolve(CATALOG_REGISTRATION));
  }
}
