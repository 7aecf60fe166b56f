package dev.tidemark.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.Ansi.Style;

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
    err.println(styled(text, Style.fg_yellow));
    err.flush();
  }

  void error(String text) {
    err.println(styled(text, Style.fg_red));
    err.flush();
  }

  String good(String word) {
    return styled(word, Style.fg_green);
  }

  String bad(String word) {
    return styled(word, Style.bold, Style.fg_red);
  }

  String strong(String word) {
    return styled(word, Style.bold);
  }

  private String styled(String text, Style... styles) {
    // Escape codes around the text, not picocli's markup, which would parse an "@|" in a message.
    return ansi.enabled() ? Style.on(styles) + text + Style.reset.on() : text;
  }
}
