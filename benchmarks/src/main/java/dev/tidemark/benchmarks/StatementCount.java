package dev.tidemark.benchmarks;

import java.util.List;

/**
 * What one client sent, read from the server's statement log.
 *
 * @param statements the statements it sent, not counting the {@code SET application_name} with which
 *     pgjdbc opens each connection; a statement rejected before execution (an unknown table) is
 *     not logged, so it is not counted
 * @param connections the connections it opened: one driver {@code SET application_name} each
 */
record StatementCount(long statements, long connections) {

  static StatementCount of(List<String> lines, String applicationName, String applicationEnd) {
    String prefix = applicationName + applicationEnd;
    // Simple protocol logs "LOG:  statement: ...", extended protocol "LOG:  execute <name>: ...";
    // the lines after either continue a multi-line statement and carry no prefix.
    long statements = lines.stream()
        .filter(line -> line.startsWith(prefix))
        .filter(line -> line.contains("LOG:  statement: ") || line.contains("LOG:  execute "))
        .count();
    // The driver names the session after connecting, so its SET is logged before the name applies.
    String driverSet = "LOG:  statement: SET application_name = '" + applicationName + "'";
    long connections = lines.stream().filter(line -> line.endsWith(driverSet)).count();
    return new StatementCount(statements, connections);
  }
}
