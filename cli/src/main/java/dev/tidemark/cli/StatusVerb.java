package dev.tidemark.cli;

import dev.tidemark.runtime.StatusReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
    description = "Show the database's revision, this build's head and what is pending.")
final class StatusVerb extends DatabaseVerb {

  @Option(names = "--json", description = "Print the status as JSON.")
  private boolean json;

  @Option(names = "--exit-code", description = "Exit with " + ExitCodes.PENDING + " when revisions are pending.")
  private boolean exitCode;

  @Override
  public Integer call() {
    Output output = output();
    StatusReport status = migrator().status();
    output.line(json ? JsonReports.write(JsonReports.Status.of(status)) : status.summary().stripTrailing());
    return exitCode && !status.upToDate() ? ExitCodes.PENDING : ExitCodes.OK;
  }
}
