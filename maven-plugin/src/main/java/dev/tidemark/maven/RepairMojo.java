package dev.tidemark.maven;

import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.RepairReport;
import java.util.List;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tidemark:repair}: after a branch switch with a draft applied, reverts the
 * applied drafts this build does not carry and removes them from the history. Frozen revisions are
 * never touched.
 */
@Mojo(name = "repair", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class RepairMojo extends ChangingMojo {

  @Override
  void run(Migrator migrator) {
    RepairReport report = dryRun() ? migrator.planRepair() : migrator.repair();
    getLog().info("Tidemark" + (dryRun() ? " dry run" : "") + ": schema " + report.schema()
        + (dryRun() ? " would be repaired" : " repaired"));
    getLog().info("  reverted:  " + listOrNothing(report.reverted()));
    getLog().info("  forgotten: " + listOrNothing(report.forgotten()));
  }

  private static String listOrNothing(List<String> revisions) {
    return revisions.isEmpty() ? "nothing" : String.join(", ", revisions);
  }
}
