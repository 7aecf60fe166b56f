package dev.tidemark.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The benchmark results as Markdown: one section per part, each a table with notes under it. */
final class Report {

  private final StringBuilder text = new StringBuilder();

  Report(String title, List<String> preamble) {
    text.append("# ").append(title).append("\n\n");
    preamble.forEach(line -> text.append(line).append("\n"));
    text.append("\n");
  }

  /** A table section; {@link Section#print()} adds it to the report and prints it at once. */
  Section section(String title, String... headers) {
    return new Section(title, List.of(headers));
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text);
  }

  final class Section {

    private final String title;
    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    private Section(String title, List<String> headers) {
      this.title = title;
      this.headers = headers;
    }

    Section row(String... cells) {
      if (cells.length != headers.size()) {
        throw new IllegalArgumentException(title + ": a row of " + cells.length + " cells under " + headers.size() + " headers");
      }
      rows.add(List.of(cells));
      return this;
    }

    Section note(String note) {
      notes.add(note);
      return this;
    }

    void print() {
      StringBuilder section = new StringBuilder("## ").append(title).append("\n\n");
      section.append(line(headers));
      section.append(line(headers.stream().map(header -> "---").toList()));
      rows.forEach(row -> section.append(line(row)));
      section.append("\n");
      notes.forEach(note -> section.append(note).append("\n"));
      section.append("\n");
      System.out.print(section);
      System.out.flush();
      text.append(section);
    }

    private static String line(List<String> cells) {
      return "| " + String.join(" | ", cells) + " |\n";
    }
  }
}
