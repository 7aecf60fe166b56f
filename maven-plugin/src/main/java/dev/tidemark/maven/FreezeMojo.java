package dev.tidemark.maven;

import dev.tidemark.processor.ProcessorOption;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn tidemark:freeze -Dname=add_trade_venue}: freezes the entities' changes into revision
 * {@code NNNN_add_trade_venue} of the ledger. It runs the processor on the sources as they are, so
 * no {@code clean} is needed; the next build compiles the migrations again because the ledger changed.
 */
@Mojo(name = "freeze", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class FreezeMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The revision's name: lower-case letters, digits and underscores, such as {@code add_trade_venue}. */
  @Parameter(property = "name", required = true)
  private String name;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    int errors = new ProcessorRun(project, getLog()).run(Map.of(ProcessorOption.MODE, "dev",
        ProcessorOption.FREEZE, name));
    if (errors > 0) {
      throw new MojoFailureException("Tidemark could not freeze revision " + name + ": " + errors
          + " error(s), listed above");
    }
  }
}
