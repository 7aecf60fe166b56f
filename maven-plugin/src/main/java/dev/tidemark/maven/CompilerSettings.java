package dev.tidemark.maven;

import dev.tidemark.processor.ProcessorOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * What the project's maven-compiler-plugin hands javac for its main compile, read from the
 * interpolated POM, so {@code -Dtidemark.mode=check} on the command line is already in it.
 *
 * @param configuration the compile's configuration as XML, which decides what javac produces
 * @param tidemarkOptions the {@code -Atidemark.*} processor options, by key, blank ones left out
 * @param generatedSourcesDirectory where the processors' sources go, when the configuration moves them
 */
record CompilerSettings(String configuration, Map<String, String> tidemarkOptions,
    Optional<Path> generatedSourcesDirectory) {

  private static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";
  private static final String MAIN_COMPILE = "default-compile";

  static CompilerSettings of(MavenProject project) {
    Plugin compiler = project.getPlugin(COMPILER_PLUGIN);
    if (compiler == null) {
      return new CompilerSettings("", Map.of(), Optional.empty());
    }
    Xpp3Dom pluginLevel = (Xpp3Dom) compiler.getConfiguration();
    PluginExecution mainCompile = compiler.getExecutionsAsMap().get(MAIN_COMPILE);
    Xpp3Dom executionLevel = mainCompile == null ? null : (Xpp3Dom) mainCompile.getConfiguration();
    Xpp3Dom effective = executionLevel == null ? pluginLevel
        : pluginLevel == null ? executionLevel
        : Xpp3Dom.mergeXpp3Dom(new Xpp3Dom(executionLevel), new Xpp3Dom(pluginLevel));
    String configuration = "maven-compiler-plugin " + compiler.getVersion() + "\n"
        + (effective == null ? "" : effective.toString());
    Optional<Path> generatedSources = Optional.ofNullable(effective)
        .map(dom -> dom.getChild("generatedSourcesDirectory"))
        .map(Xpp3Dom::getValue)
        .filter(value -> !value.isBlank())
        .map(value -> project.getBasedir().toPath().resolve(value.trim()));
    Map<String, String> options = tidemarkOptions(effective);
    // As Maven resolves the compiler's own paths: against the project, not wherever mvn was started (a reactor build).
    options.computeIfPresent(ProcessorOption.DIR.key(),
        (key, dir) -> project.getBasedir() == null ? dir : project.getBasedir().toPath().resolve(dir).toString());
    return new CompilerSettings(configuration, options, generatedSources);
  }

  /** The ledger directory the processor writes, when the compile names one; a relative one is the project's. */
  Optional<Path> ledgerDir() {
    return Optional.ofNullable(tidemarkOptions.get(ProcessorOption.DIR.key())).map(Path::of);
  }

  private static Map<String, String> tidemarkOptions(Xpp3Dom configuration) {
    Map<String, String> options = new TreeMap<>();
    Xpp3Dom args = configuration == null ? null : configuration.getChild("compilerArgs");
    if (args == null) {
      return options;
    }
    for (Xpp3Dom arg : args.getChildren()) {
      String value = arg.getValue() == null ? "" : arg.getValue().trim();
      int equals = value.indexOf('=');
      if (value.startsWith("-Atidemark.") && equals > 0 && !value.substring(equals + 1).isBlank()) {
        options.put(value.substring(2, equals), value.substring(equals + 1).trim());
      }
    }
    return options;
  }
}
