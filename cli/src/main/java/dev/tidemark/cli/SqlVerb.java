package dev.tidemark.cli;

import dev.tidemark.runtime.Migrator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Print the offline script of an upgrade or downgrade for a DBA to review and run with psql -v"
        + " ON_ERROR_STOP=1 -f; needs no database.")
final class SqlVerb implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private MigratorOptions migratorOptions;

  @Parameters(arity = "0..1", defaultValue = "base:head", paramLabel = "<from:to>",
      description = "Revision ids, base or head; a downgrade when <to> is earlier. Default: base:head.")
  private String range;

  @Override
  public Integer call() {
    Migrator migrator = migratorOptions.builder(new OfflineDataSource()).build();
    new Output(spec.commandLine()).line(migrator.sql(range).text().stripTrailing());
    return ExitCodes.OK;
  }
}
