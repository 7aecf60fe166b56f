package dev.tidemark.maven;

import dev.tidemark.runtime.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tidemark:downgrade -Dtidemark.target=<revision>}: reverts applied revisions,
 * newest first, each with its exact inverse in its own transaction.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class DowngradeMojo extends ChangingMojo {

  /** The revision to keep: a revision id, {@code base} (revert all), or {@code -N} (revert the last N). */
  @Parameter(property = "tidemark.target", required = true)
  private String target;

  @Override
  void run(Migrator migrator) {
    if (dryRun()) {
      logPlan("downgrade", migrator.planDowngrade(target));
      return;
    }
    migrator.downgrade(target).summary().lines().forEach(getLog()::info);
  }
}
