package dev.tidemark.maven;

import dev.tidemark.runtime.SqlScript;
import org.apache.maven.plugins.annotations.Parameter;

/** A goal that changes the database or its history, and with {@code -Dtidemark.dryRun} only says what it would do. */
abstract class ChangingMojo extends DatabaseMojo {

  /** Log what the goal would do (the SQL it would run, the history rows it would change) and change nothing. */
  @Parameter(property = "tidemark.dryRun", defaultValue = "false")
  private boolean dryRun;

  boolean dryRun() {
    return dryRun;
  }

  /** An upgrade's or downgrade's plan: the script it would run, or that it would do nothing. */
  void logPlan(String goal, SqlScript plan) {
    if (plan.empty()) {
      getLog().info("Tidemark dry run: schema " + plan.schema() + " is at " + plan.from() + "; " + goal
          + " would change nothing");
      return;
    }
    getLog().info("Tidemark dry run: " + goal + " of schema " + plan.schema() + " would run the following;"
        + " nothing was changed");
    plan.text().lines().forEach(getLog()::info);
  }
}
