package dev.tidemark.cli;

import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.Migrator;
import java.time.temporal.ChronoUnit;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true,
    description = "List the applied revisions, oldest first: when, by whom, how long.")
final class HistoryVerb extends DatabaseVerb {

  @Option(names = "--json", description = "Print the history as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    Output output = output();
    Migrator migrator = migrator();
    List<HistoryEntry> history = migrator.history();
    if (json) {
      output.line(JsonReports.write(JsonReports.History.of(migrator.schema(), history)));
      return ExitCodes.OK;
    }
    if (history.isEmpty()) {
      output.line("schema " + migrator.schema() + " has no applied revision");
      return ExitCodes.OK;
    }
    output.line(String.format("%4s  %-32s  %-12s  %-20s  %-16s  %8s  %s", "rank", "revision", "checksum",
        "applied at (UTC)", "by", "ms", "description"));
    for (HistoryEntry entry : history) {
      // The first 12 hex digits tell revisions apart; --json gives the whole checksum.
      output.line(String.format("%4d  %-32s  %-12.12s  %-20s  %-16s  %8d  %s%s%s", entry.installedRank(),
          entry.revision(), entry.checksum(), entry.appliedAt().truncatedTo(ChronoUnit.SECONDS), entry.appliedBy(),
          entry.executionMillis(),
          entry.description(), entry.stamped() ? " (stamped)" : "", entry.draft() ? " (draft)" : ""));
    }
    return ExitCodes.OK;
  }
}
