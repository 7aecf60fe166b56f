package dev.tidemark.cli;

import dev.tidemark.runtime.MigrationCatalog;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which migrations: the generated catalogs of a classpath, and the one to use. */
final class CatalogOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec mixee;

  @Option(names = {"-cp", "--classpath"}, required = true, paramLabel = "<path>",
      description = "Jars and directories with the generated migrations, separated by '${sys:path.separator}'.")
  private String classpath;

  @Option(names = "--schema", paramLabel = "<ledger-schema>",
      description = "The catalog to use, by the schema its ledger names; required when the classpath has several.")
  private String ledgerSchema;

  /** The one catalog the classpath and {@code --schema} select, loaded through its own class loader. */
  MigrationCatalog load() {
    List<MigrationCatalog> found = ServiceLoader.load(MigrationCatalog.class, classLoader()).stream()
        .map(ServiceLoader.Provider::get)
        .sorted(Comparator.comparing(MigrationCatalog::schema))
        .toList();
    String schemas = found.stream().map(MigrationCatalog::schema).collect(Collectors.joining(", "));
    if (found.isEmpty()) {
      throw usage("No generated migration catalog on --classpath " + classpath + "; give the jar or classes"
          + " directory of the module the Tidemark processor compiled");
    }
    if (ledgerSchema != null) {
      return found.stream().filter(catalog -> catalog.schema().equals(ledgerSchema)).findFirst()
          .orElseThrow(() -> usage("No catalog for schema " + ledgerSchema + " on --classpath; it has: " + schemas));
    }
    if (found.size() > 1) {
      throw usage("The classpath has catalogs for several schemas (" + schemas + "); choose one with --schema");
    }
    return found.get(0);
  }

  private ClassLoader classLoader() {
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry);
      if (!Files.exists(path)) {
        throw usage("--classpath entry " + entry + " does not exist");
      }
      try {
        urls.add(path.toUri().toURL());
      } catch (MalformedURLException e) {
        throw usage("--classpath entry " + entry + " is not a usable path: " + e.getMessage());
      }
    }
    // The command line's own runtime classes come first, so generated code links against them.
    return new URLClassLoader(urls.toArray(URL[]::new), CatalogOptions.class.getClassLoader());
  }

  private ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }
}
