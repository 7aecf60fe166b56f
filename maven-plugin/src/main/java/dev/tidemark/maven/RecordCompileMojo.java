package dev.tidemark.maven;

import java.io.File;
import java.io.IOException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * After the compile: fails when classes were compiled but Tidemark's processor never ran (the
 * service would only learn it at boot, as {@code NO_CATALOG}), and records the compile's inputs,
 * the ledger as the processor left it included, for the next build's {@code prepare-compile}.
 */
@Mojo(name = "record-compile", defaultPhase = LifecyclePhase.PROCESS_CLASSES, threadSafe = true)
public final class RecordCompileMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${project.build.outputDirectory}", readonly = true, required = true)
  private File classesDirectory;

  /** Where the inputs of the last compile are recorded. */
  @Parameter(defaultValue = CompileInputs.DEFAULT_RECORD, required = true)
  private File compileRecord;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try {
      if (!CompiledClasses.in(classesDirectory.toPath()).isEmpty()
          && !CompiledClasses.registersCatalogs(classesDirectory.toPath())) {
        throw new MojoFailureException("Tidemark's annotation processor did not run: " + classesDirectory
            + " holds compiled classes but no " + CompiledClasses.CATALOG_REGISTRATION + ", so the service would"
            + " find no migrations at boot (NO_CATALOG). Pin maven-compiler-plugin to 3.14.0 (without a version"
            + " Maven 3 falls back to 3.1, which ignores annotationProcessorPaths), list dev.tidemark:tidemark-processor"
            + " in its annotationProcessorPaths, and keep -proc:none out of its arguments. A module without"
            + " @Entity classes does not need this plugin.");
      }
      CompileInputs.of(CompilerSettings.of(project)).write(compileRecord.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("Tidemark cannot record the compile: " + e.getMessage(), e);
    }
  }
}
