package dev.tidemark.maven;

import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.Migrator;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn compile tidemark:history}: per schema, the applied revisions with when, by whom and how long. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class HistoryMojo extends DatabaseMojo {

  @Override
  void run(Migrator migrator) {
    getLog().info("Tidemark: history of schema " + migrator.schema());
    for (HistoryEntry entry : migrator.history()) {
      getLog().info(String.format("  %3d %-32s %.12s %s by %s, %d ms%s%s", entry.installedRank(), entry.revision(),
          entry.checksum(), entry.appliedAt(), entry.appliedBy(), entry.executionMillis(), entry.draft() ? ", draft" : "",
          entry.stamped() ? ", stamped" : ""));
    }
  }
}
