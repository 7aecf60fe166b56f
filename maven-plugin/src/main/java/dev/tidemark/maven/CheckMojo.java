package dev.tidemark.maven;

import dev.tidemark.processor.ProcessorOption;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code mvn tidemark:check}: fails while the entities differ from the ledger or the ledger holds a
 * draft, as {@code alembic check} does. It runs the processor in check mode on the sources as they
 * are, so it answers the same whether or not the last compile is current, and writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class CheckMojo extends AbstractMojo {

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    int errors = new ProcessorRun(project, getLog()).run(Map.of(ProcessorOption.MODE, "check",
        ProcessorOption.FREEZE, ""));
    if (errors > 0) {
      throw new MojoFailureException("Tidemark check failed with " + errors + " error(s), listed above");
    }
  }
}
