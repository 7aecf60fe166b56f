package dev.tidemark.maven;

import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.StampReport;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tidemark:stamp -Dtidemark.target=<revision>}: records the database as being
 * at the revision without running anything, for a database brought there by other means.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class StampMojo extends ChangingMojo {

  /** A revision id, {@code base} or {@code head}. */
  @Parameter(property = "tidemark.target", required = true)
  private String target;

  @Override
  void run(Migrator migrator) {
    StampReport report = dryRun() ? migrator.planStamp(target) : migrator.stamp(target);
    getLog().info("Tidemark" + (dryRun() ? " dry run" : "") + ": schema " + report.schema()
        + (dryRun() ? " would be stamped at " : " stamped at ") + (report.head() == null ? "base" : report.head()));
    getLog().info("  recorded: " + listOrNothing(report.recorded()));
    getLog().info("  removed:  " + listOrNothing(report.removed()));
  }

  private static String listOrNothing(List<String> revisions) {
    return revisions.isEmpty() ? "nothing" : String.join(", ", revisions);
  }
}
