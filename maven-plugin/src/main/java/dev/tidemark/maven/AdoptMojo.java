package dev.tidemark.maven;

import dev.tidemark.runtime.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tidemark:adopt}: takes over a database without a Tidemark history: upgrades an
 * empty schema, stamps one that matches a revision, or bridges one part of the way to the head
 * (nothing the model lacks is dropped).
 */
@Mojo(name = "adopt", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class AdoptMojo extends ChangingMojo {

  @Override
  void run(Migrator migrator) {
    if (dryRun()) {
      getLog().info("Tidemark dry run: what adopt would do to schema " + migrator.schema() + "; nothing was changed");
      migrator.planAdoption().summary().lines().forEach(getLog()::info);
      return;
    }
    migrator.adopt().summary().lines().forEach(getLog()::info);
  }
}
