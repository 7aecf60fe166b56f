package dev.tidemark.cli;

import dev.tidemark.runtime.DriftReport;
import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Compare the live schema with the snapshot of the revision the database is at, and report drift"
        + " and pending revisions.")
final class VerifyVerb extends DatabaseVerb {

  @Option(names = "--json", description = "Print the result as JSON.")
  private boolean json;

  @Override
  public Integer call() {
    Output output = output();
    Migrator migrator = migrator();
    DriftReport drift = migrator.drift();
    StatusReport status = migrator.status();
    if (json) {
      output.line(JsonReports.write(JsonReports.Verify.of(drift, status)));
    } else {
      output.line(drift.summary());
      if (!status.pending().isEmpty()) {
        output.line("  pending: " + String.join(", ", status.pending()));
      }
    }
    if (!drift.clean()) {
      return ExitCodes.DRIFT;
    }
    return status.pending().isEmpty() ? ExitCodes.OK : ExitCodes.PENDING;
  }
}
