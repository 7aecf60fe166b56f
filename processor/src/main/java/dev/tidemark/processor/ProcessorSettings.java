package dev.tidemark.processor;

import dev.tidemark.processor.read.Naming;
import dev.tidemark.runtime.SafetyPolicy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The processor options, checked once: a bad value is one usage error naming the option and what
 * it accepts.
 *
 * @param ledgerDir the ledger directory
 * @param check whether the build runs in check mode
 * @param freezeName the name to freeze the draft under, if asked
 * @param defaultSchema the schema of entities that name none
 * @param naming the physical naming strategy, as Hibernate is configured
 * @param generatedPackage the package for generated classes, or empty to derive it from the entities
 * @param safetyPolicy the policy each draft is reviewed under
 */
public record ProcessorSettings(Path ledgerDir, boolean check, Optional<String> freezeName, String defaultSchema,
    Naming.Strategy naming, Optional<String> generatedPackage, SafetyPolicy safetyPolicy) {

  private static final Pattern REVISION_NAME = Pattern.compile("[a-z][a-z0-9_]{0,59}");

  /** The settings, or empty after reporting every bad option. */
  static Optional<ProcessorSettings> parse(Map<String, String> options, Reporter reporter) {
    int errorsBefore = reporter.errors();
    String dir = value(options, ProcessorOption.DIR);
    Path ledgerDir = null;
    if (dir == null) {
      reporter.error(null, Diagnostic.MISSING_OPTION, ProcessorOption.DIR.key(),
          "the absolute path of the ledger directory, such as -Atidemark.dir=${project.basedir}/src/main/tidemark");
    } else if (!Path.of(dir).isAbsolute()) {
      reporter.error(null, Diagnostic.BAD_OPTION, ProcessorOption.DIR.key(), dir,
          "give an absolute path; javac's working directory differs between Maven, Gradle and IDEs");
    } else {
      ledgerDir = Path.of(dir);
    }

    String mode = Optional.ofNullable(value(options, ProcessorOption.MODE)).orElse("dev");
    if (!mode.equals("dev") && !mode.equals("check")) {
      reporter.error(null, Diagnostic.BAD_OPTION, ProcessorOption.MODE.key(), mode, "allowed values are dev and check");
    }

    Optional<String> freeze = Optional.ofNullable(value(options, ProcessorOption.FREEZE));
    freeze.filter(name -> !REVISION_NAME.matcher(name).matches()).ifPresent(name ->
        reporter.error(null, Diagnostic.BAD_OPTION, ProcessorOption.FREEZE.key(), name,
            "use lower-case letters, digits and underscores, starting with a letter, at most 60 characters,"
                + " such as add_trade_venue"));
    if (freeze.isPresent() && mode.equals("check")) {
      reporter.error(null, Diagnostic.BAD_OPTION, ProcessorOption.FREEZE.key(), freeze.get(),
          "check mode never writes the ledger; freeze in dev mode");
    }

    String schema = Optional.ofNullable(value(options, ProcessorOption.SCHEMA)).orElse("public");

    String namingValue = Optional.ofNullable(value(options, ProcessorOption.NAMING)).orElse("hibernate");
    Optional<Naming.Strategy> naming = Arrays.stream(Naming.Strategy.values())
        .filter(strategy -> strategy.optionValue().equals(namingValue))
        .findFirst();
    if (naming.isEmpty()) {
      reporter.error(null, Diagnostic.BAD_OPTION, ProcessorOption.NAMING.key(), namingValue,
          "allowed values are hibernate and snake_case");
    }

    Optional<String> generatedPackage = Optional.ofNullable(value(options, ProcessorOption.PACKAGE));
    generatedPackage.filter(name -> !SourceVersion.isName(name)).ifPresent(name ->
        reporter.error(null, Diagnostic.BAD_OPTION, ProcessorOption.PACKAGE.key(), name,
            "give a Java package name such as com.example.trading.migrations"));

    String safetyValue = Optional.ofNullable(value(options, ProcessorOption.SAFETY)).orElse("basic");
    Optional<SafetyPolicy> safety = Arrays.stream(SafetyPolicy.values())
        .filter(policy -> policy.name().toLowerCase(Locale.ROOT).equals(safetyValue))
        .findFirst();
    if (safety.isEmpty()) {
      reporter.error(null, Diagnostic.BAD_OPTION, ProcessorOption.SAFETY.key(), safetyValue,
          "allowed values are basic, enhanced and strict");
    }

    if (reporter.errors() > errorsBefore) {
      return Optional.empty();
    }
    return Optional.of(new ProcessorSettings(ledgerDir, mode.equals("check"), freeze, schema, naming.get(),
        generatedPackage, safety.get()));
  }

  /** The option's value; blank counts as absent, since build tools pass unset properties as empty. */
  private static String value(Map<String, String> options, ProcessorOption option) {
    String value = options.get(option.key());
    return value == null || value.isBlank() ? null : value.trim();
  }
}
