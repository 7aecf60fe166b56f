package dev.tidemark.maven;

import dev.tidemark.runtime.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn compile tidemark:status}: per schema, the database's revision, this build's head and what is pending. */
@Mojo(name = "status", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StatusMojo extends DatabaseMojo {

  @Override
  void run(Migrator migrator) {
    migrator.status().summary().lines().forEach(getLog()::info);
  }
}
