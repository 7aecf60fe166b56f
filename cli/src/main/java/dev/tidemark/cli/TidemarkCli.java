package dev.tidemark.cli;

import dev.tidemark.runtime.TidemarkException;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/** {@code tidemark <verb>}: the Migrator's verbs for a shell or a deploy pipeline. */
@Command(name = "tidemark", mixinStandardHelpOptions = true, versionProvider = TidemarkCli.Version.class,
    synopsisSubcommandLabel = "<verb>",
    description = "Applies, reverts, inspects and scripts the Tidemark migrations that a jar or classpath carries,"
        + " against a PostgreSQL database.",
    commandListHeading = "%nVerbs:%n",
    subcommands = {UpgradeVerb.class, DowngradeVerb.class, StampVerb.class, StatusVerb.class, HistoryVerb.class,
        SqlVerb.class, VerifyVerb.class, AdoptVerb.class, RepairVerb.class, HelpCommand.class},
    footerHeading = "%nExample:%n",
    footer = {"  export TIDEMARK_PASSWORD=...",
        "  tidemark upgrade --classpath models.jar --url jdbc:postgresql://db:5432/trading --user deployer"})
public final class TidemarkCli implements Runnable {

  @Spec
  private CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with its handlers and the documented exit codes on every verb's help. */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new TidemarkCli());
    commandLine.setParameterExceptionHandler(TidemarkCli::badUsage);
    commandLine.setExecutionExceptionHandler(TidemarkCli::failed);
    describeExitCodes(commandLine, ExitCodes.described());
    return commandLine;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing verb: one of " + spec.subcommands().keySet());
  }

  private static void describeExitCodes(CommandLine commandLine, Map<String, String> codes) {
    commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    commandLine.getSubcommands().values().forEach(verb -> describeExitCodes(verb, codes));
  }

  private static int badUsage(ParameterException problem, String[] args) {
    CommandLine commandLine = problem.getCommandLine();
    new Output(commandLine).error(problem.getMessage());
    if (!UnmatchedArgumentException.printSuggestions(problem, commandLine.getErr())) {
      commandLine.getErr().println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more"
          + " information.");
    }
    return ExitCodes.USAGE;
  }

  /** Tidemark's own failures are explained by their message; anything else is a bug, with its stack trace. */
  private static int failed(Exception failure, CommandLine commandLine, ParseResult parseResult) {
    Output output = new Output(commandLine);
    if (failure instanceof TidemarkException) {
      output.error(failure.getMessage());
    } else {
      output.error("Unexpected failure, please report it: " + failure);
      failure.printStackTrace(commandLine.getErr());
    }
    return ExitCodes.of(failure);
  }

  /** The version the jar's manifest carries. */
  static final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
      String version = TidemarkCli.class.getPackage().getImplementationVersion();
      return new String[] {"tidemark " + (version == null ? "(development build)" : version)};
    }
  }
}
