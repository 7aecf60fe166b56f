package dev.tidemark.maven;

import dev.tidemark.runtime.DriftReport;
import dev.tidemark.runtime.Migrator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tidemark:verify}: fails when the live schema has drifted from the snapshot of
 * the revision its history says it is at, naming each difference.
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class VerifyMojo extends DatabaseMojo {

  @Override
  void run(Migrator migrator) throws MojoFailureException {
    DriftReport report = migrator.drift();
    if (!report.clean()) {
      throw new MojoFailureException(report.summary());
    }
    getLog().info(report.summary());
  }
}
