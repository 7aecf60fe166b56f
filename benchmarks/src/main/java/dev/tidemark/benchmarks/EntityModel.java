package dev.tidemark.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A generated JPA model for the build benchmark: {@code count} entities of 10 to 20 columns each
 * (an id and a mix of strings, numerics, dates, timestamps, integers, booleans and doubles), one
 * source file per entity, as a large service's model looks to javac.
 */
final class EntityModel {

  static final String PACKAGE = "bench.model";

  private static final List<String[]> FIELD_KINDS = List.of(
      new String[] {"String", "@Column(length = 64, nullable = false)"},
      new String[] {"BigDecimal", "@Column(precision = 20, scale = 2)"},
      new String[] {"LocalDate", ""},
      new String[] {"Instant", "@Column(nullable = false)"},
      new String[] {"Integer", ""},
      new String[] {"Boolean", ""},
      new String[] {"String", "@Column(length = 255)"},
      new String[] {"Long", ""},
      new String[] {"Double", ""});

  private EntityModel() {}

  /** Writes the sources under {@code directory}; returns their paths. */
  static List<Path> write(Path directory, int count) throws IOException {
    Path packageDirectory = directory.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(packageDirectory);
    List<Path> sources = new ArrayList<>();
    for (int number = 1; number <= count; number++) {
      String name = String.format(Locale.ROOT, "E%05d", number);
      Path source = packageDirectory.resolve(name + ".java");
      Files.writeString(source, source(name, 9 + number % 11));
      sources.add(source);
    }
    return sources;
  }

  private static String source(String name, int fields) {
    StringBuilder text = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("import jakarta.persistence.Column;\n")
        .append("import jakarta.persistence.Entity;\n")
        .append("import jakarta.persistence.Id;\n")
        .append("import jakarta.persistence.Table;\n")
        .append("import java.math.BigDecimal;\n")
        .append("import java.time.Instant;\n")
        .append("import java.time.LocalDate;\n\n")
        .append("@Entity\n")
        .append("@Table(name = \"").append(name.toLowerCase(Locale.ROOT)).append("\")\n")
        .append("public class ").append(name).append(" {\n\n")
        .append("  @Id\n")
        .append("  private Long id;\n");
    for (int field = 1; field <= fields; field++) {
      String[] kind = FIELD_KINDS.get((field + name.hashCode()) % FIELD_KINDS.size());
      text.append("\n");
      if (!kind[1].isEmpty()) {
        text.append("  ").append(kind[1]).append("\n");
      }
      text.append("  private ").append(kind[0]).append(" field").append(field).append(";\n");
    }
    return text.append("}\n").toString();
  }
}
