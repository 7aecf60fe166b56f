package dev.tidemark.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * The verbs' console: results on stdout, problems on stderr. Colour only where picocli's
 * {@code Ansi.AUTO} finds a terminal, so piped output and JSON carry no escape codes.
 */
final class Output {

  private final PrintWriter out;
  private final PrintWriter err;
  private final Ansi ansi;

  Output(CommandLine commandLine) {
    this.out = commandLine.getOut();
    this.err = commandLine.getErr();
    this.ansi = commandLine.getColorScheme().ansi();
  }

  void line(String text) {
    out.println(text);
    out.flush();
  }

  /** Text without a line end, for a progress line the next call completes. */
  void partial(String text) {
    out.print(text);
    out.flush();
  }

  void warning(String text) {
    err.println(styled("yellow", text));
    err.flush();
  }

  void error(String text) {
    err.println(styled("red", text));
    err.flush();
  }

  String good(String word) {
    return styled("green", word);
  }

  String bad(String word) {
    return styled("bold,red", word);
  }

  String strong(String word) {
    return styled("bold", word);
  }

  private String styled(String style, String text) {
    // Markup is parsed, so user text never goes inside it when there is no colour to add.
    return ansi.enabled() ? ansi.string("@|" + style + " " + text + "|@") : text;
  }
}
