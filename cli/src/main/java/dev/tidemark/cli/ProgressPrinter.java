package dev.tidemark.cli;

import dev.tidemark.runtime.MigrationListener;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.TidemarkException;
import java.time.Duration;

/** One line per revision as it is applied or reverted, ending with how long it took. */
final class ProgressPrinter implements MigrationListener {

  private final Output output;

  ProgressPrinter(Output output) {
    this.output = output;
  }

  @Override
  public void waitingForLock(String schema, String holder, Duration waited) {
    output.warning("waiting " + waited.toSeconds() + " s for the migration lock of schema " + schema
        + ", held by " + holder);
  }

  @Override
  public void beforeRevision(String schema, Revision revision) {
    output.partial("  applying  " + describe(revision) + " ... ");
  }

  @Override
  public void afterRevision(String schema, Revision revision, Duration elapsed) {
    output.line(output.good("done") + " in " + elapsed.toMillis() + " ms");
  }

  @Override
  public void beforeDowngrade(String schema, Revision revision) {
    output.partial("  reverting " + describe(revision) + " ... ");
  }

  @Override
  public void afterDowngrade(String schema, Revision revision, Duration elapsed) {
    output.line(output.good("done") + " in " + elapsed.toMillis() + " ms");
  }

  @Override
  public void revisionFailed(String schema, Revision revision, TidemarkException failure) {
    output.line(output.bad("FAILED"));
  }

  private static String describe(Revision revision) {
    return String.format("%-32s %s", revision.id(), revision.description());
  }
}
