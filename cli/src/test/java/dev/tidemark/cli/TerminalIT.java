package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tidemark.cli.fixture.BooksCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The jar on a real terminal: util-linux's {@code script} gives it a pseudo-terminal, so
 * {@code System.console()} exists, the password is asked for without echo and colour is on.
 */
class TerminalIT {

  private static final Path SCRIPT = Path.of("/usr/bin/script");
  private static final String ANY_PASSWORD = "typed-on-the-terminal";

  @Test
  void asksForThePasswordWithoutEchoAndColoursItsOutput() throws Exception {
    assumeTrue(Files.isExecutable(SCRIPT), "needs util-linux script for a pseudo-terminal");
    CliDatabase database = CliDatabase.fresh();
    List<String> tidemark = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        System.getProperty("tidemark.cli.jar"), "upgrade", "--classpath", Classpaths.BOOKS, "--url", database.url(),
        "--user", database.user());
    // The embedded server trusts any password; a server of TIDEMARK_JDBC_URL gets its own.
    String typed = database.password() == null ? ANY_PASSWORD : database.password();
    ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), "-qec",
        tidemark.stream().map(argument -> "'" + argument + "'").collect(Collectors.joining(" ")), "/dev/null");
    builder.environment().keySet().removeIf(name -> name.startsWith("TIDEMARK_"));
    builder.redirectErrorStream(true);
    Process process = builder.start();

    StringBuilder terminal = new StringBuilder();
    InputStream screen = process.getInputStream();
    // Type only once the prompt is shown, when echo is off: typed earlier, the terminal would echo it.
    readUntil(screen, terminal, "Password for " + database.user() + ": ");
    try (OutputStream keyboard = process.getOutputStream()) {
      keyboard.write((typed + "\n").getBytes(StandardCharsets.UTF_8));
    }
    terminal.append(new String(screen.readAllBytes(), StandardCharsets.UTF_8));
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));

    assertEquals(0, process.exitValue(), terminal::toString);
    assertFalse(terminal.toString().contains(typed), terminal::toString);
    assertTrue(terminal.toString().contains("\u001B["), "colour on a terminal: " + terminal);
    assertEquals(3, database.history(BooksCatalog.SCHEMA).size());
  }

  private static void readUntil(InputStream screen, StringBuilder terminal, String prompt) throws IOException {
    int next;
    while (!terminal.toString().contains(prompt) && (next = screen.read()) >= 0) {
      terminal.append((char) next);
    }
    assertTrue(terminal.toString().contains(prompt), "no password prompt: " + terminal);
  }
}
