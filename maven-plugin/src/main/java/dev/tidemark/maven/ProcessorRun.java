package dev.tidemark.maven;

import dev.tidemark.processor.ProcessorOption;
import dev.tidemark.processor.TidemarkProcessor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

/**
 * Tidemark's processor over the project's sources as they are now, without compiling them
 * ({@code javac -proc:only}), with the compile's options and a few overridden. It answers from the
 * sources and the ledger, never from what an earlier compile left behind.
 */
final class ProcessorRun {

  private final MavenProject project;
  private final Log log;

  ProcessorRun(MavenProject project, Log log) {
    this.project = project;
    this.log = log;
  }

  /** Runs the processor, printing its messages, and returns how many errors it reported. */
  int run(Map<ProcessorOption, String> overrides) throws MojoExecutionException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new MojoExecutionException("Tidemark needs Maven to run on a JDK, not a JRE: no Java compiler found");
    }
    CompilerSettings compiler = CompilerSettings.of(project);
    Map<String, String> options = new TreeMap<>(compiler.tidemarkOptions());
    overrides.forEach((option, value) -> options.put(option.key(), value));
    options.put(ProcessorOption.MAVEN.key(), "true");
    Path work = Path.of(project.getBuild().getDirectory(), "tidemark", "processor-run");
    try {
      List<File> sources = sources(compiler);
      if (sources.isEmpty()) {
        log.info("Tidemark: no Java sources in " + project.getCompileSourceRoots());
        return 0;
      }
      recreate(work.resolve("sources"));
      recreate(work.resolve("classes"));
      List<String> arguments = new ArrayList<>(List.of("-proc:only", "-implicit:none",
          "-s", work.resolve("sources").toString(), "-d", work.resolve("classes").toString(),
          "-classpath", classpath(), "-encoding", encoding().name()));
      options.forEach((key, value) -> arguments.add("-A" + key + "=" + value));
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, encoding())) {
        JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, arguments, null,
            files.getJavaFileObjectsFromFiles(sources));
        task.setProcessors(List.of(new TidemarkProcessor()));
        task.call();
      }
      return print(diagnostics.getDiagnostics());
    } catch (IOException e) {
      throw new MojoExecutionException("Tidemark cannot run its processor: " + e.getMessage(), e);
    }
  }

  /**
   * The main sources, without what the processor generated in an earlier compile (it generates
   * them again) in maven-compiler-plugin's {@code generatedSourcesDirectory}.
   */
  private List<File> sources(CompilerSettings compiler) throws IOException {
    Path generatedByProcessors = compiler.generatedSourcesDirectory()
        .orElse(Path.of(project.getBuild().getDirectory(), "generated-sources", "annotations"));
    List<File> sources = new ArrayList<>();
    for (String root : project.getCompileSourceRoots()) {
      Path rootPath = Path.of(root);
      if (!Files.isDirectory(rootPath) || rootPath.startsWith(generatedByProcessors)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(rootPath)) {
        files.filter(file -> file.toString().endsWith(".java")).sorted().map(Path::toFile).forEach(sources::add);
      }
    }
    return sources;
  }

  /** The compile classpath without the classes directory, whose generated classes may be stale. */
  private String classpath() throws MojoExecutionException {
    try {
      return String.join(File.pathSeparator, project.getCompileClasspathElements().stream()
          .filter(element -> !element.equals(project.getBuild().getOutputDirectory()))
          .toList());
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("Tidemark needs the compile classpath: " + e.getMessage(), e);
    }
  }

  private Charset encoding() {
    String name = project.getProperties().getProperty("project.build.sourceEncoding");
    return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
  }

  private int print(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    int errors = 0;
    for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics) {
      String where = diagnostic.getSource() == null ? ""
          : diagnostic.getSource().getName() + ":[" + diagnostic.getLineNumber() + "," + diagnostic.getColumnNumber() + "] ";
      String message = where + diagnostic.getMessage(Locale.ROOT);
      switch (diagnostic.getKind()) {
        case ERROR -> {
          errors++;
          log.error(message);
        }
        case WARNING, MANDATORY_WARNING -> log.warn(message);
        default -> log.info(message);
      }
    }
    return errors;
  }

  private static void recreate(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
    Files.createDirectories(directory);
  }
}
