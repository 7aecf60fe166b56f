package dev.tidemark.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Makes javac rerun when Tidemark's inputs changed since the last compile although no source did:
 * a processor option ({@code -Dtidemark.mode=check}, {@code -Dtidemark.freeze=name}) or a ledger
 * file (a pull that brought a teammate's frozen revision). maven-compiler-plugin would otherwise
 * report "Nothing to compile", and the build would answer from the last compile: a false green.
 * It deletes the compiled classes, which every compiler plugin version takes as a reason to
 * recompile. Pair it with {@code record-compile}, which records the ledger as the processor left it.
 */
@Mojo(name = "prepare-compile", defaultPhase = LifecyclePhase.PROCESS_SOURCES, threadSafe = true)
public final class PrepareCompileMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File classesDirectory;

  /** Where the inputs of the last compile are recorded. */
  @Parameter(defaultValue = CompileInputs.DEFAULT_RECORD, required = true)
  private File compileRecord;

  @Override
  public void execute() throws MojoExecutionException {
    try {
      Path record = compileRecord.toPath();
      CompileInputs current = CompileInputs.of(CompilerSettings.of(project));
      List<Path> classes = CompiledClasses.in(classesDirectory.toPath());
      Optional<String> reason = CompileInputs.read(record)
          .map(current::changesSince)
          .orElse(Optional.of("the last compile left no record of its inputs"));
      if (!classes.isEmpty() && reason.isPresent()) {
        getLog().info("Tidemark: " + reason.get() + " since the last compile; compiling again");
        for (Path file : classes) {
          Files.delete(file);
        }
      }
      // Written before javac runs too, so a build that stops at compile still leaves a record.
      current.write(record);
    } catch (IOException e) {
      throw new MojoExecutionException("Tidemark cannot prepare the compile: " + e.getMessage(), e);
    }
  }
}
