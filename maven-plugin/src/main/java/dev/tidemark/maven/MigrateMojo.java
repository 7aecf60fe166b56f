package dev.tidemark.maven;

import dev.tidemark.runtime.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn compile tidemark:migrate}: upgrades every schema to this build's head, as the service does at boot. */
@Mojo(name = "migrate", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class MigrateMojo extends ChangingMojo {

  /** The revision to stop at: a revision id, or {@code head}. */
  @Parameter(property = "tidemark.target", defaultValue = "head")
  private String target;

  @Override
  void run(Migrator migrator) {
    if (dryRun()) {
      logPlan("migrate", migrator.planUpgrade(target));
      return;
    }
    migrator.upgrade(target).summary().lines().forEach(getLog()::info);
  }
}
