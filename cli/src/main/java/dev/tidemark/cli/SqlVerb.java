package dev.tidemark.cli;

import dev.tidemark.runtime.SqlScript;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "sql", mixinStandardHelpOptions = true,
    description = "Print the offline script of an upgrade or downgrade for a DBA to review and run with psql -v"
        + " ON_ERROR_STOP=1 -f; needs no database. Drafts are scripted only with --dev.")
final class SqlVerb implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private MigratorOptions migratorOptions;

  @Parameters(arity = "0..1", defaultValue = "base:head", paramLabel = "<from:to>",
      description = "Revision ids, base or head; a downgrade when <to> is earlier. Default: base:head.")
  private String range;

  @Option(names = "--output", paramLabel = "<file>",
      description = "Write the script to <file> (its directory is created) instead of printing it.")
  private Path file;

  @Override
  public Integer call() {
    SqlScript script = migratorOptions.offlineBuilder().build().sql(range);
    Output output = new Output(spec.commandLine());
    if (file == null) {
      output.line(script.text().stripTrailing());
      return ExitCodes.OK;
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Files.writeString(file, script.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      // A path the user gave that cannot be written is a usage problem, not a bug.
      throw new ParameterException(spec.commandLine(), "--output " + file + " cannot be written: " + e);
    }
    output.line("wrote the " + (script.upgrade() ? "upgrade" : "downgrade") + " of schema " + script.schema()
        + " from " + script.from() + " to " + script.to() + " (" + script.revisions().size() + " revision(s)) to "
        + file);
    return ExitCodes.OK;
  }
}
