package dev.tidemark.maven;

import dev.tidemark.runtime.Migrator;
import dev.tidemark.runtime.SqlScript;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile tidemark:sql}: writes, per schema, the offline script a DBA runs with
 * {@code psql -v ON_ERROR_STOP=1 -f}. It renders from the build alone and needs no database.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public final class SqlMojo extends DatabaseMojo {

  /** {@code from:to}, each a revision id, {@code base} or {@code head}; a downgrade when {@code to} is earlier. */
  @Parameter(property = "tidemark.range", defaultValue = "base:head")
  private String range;

  /** Where the scripts go, one {@code <schema>.sql} per schema. */
  @Parameter(property = "tidemark.sqlDirectory", defaultValue = "${project.build.directory}/tidemark/sql")
  private File sqlDirectory;

  @Override
  void run(Migrator migrator) throws MojoExecutionException {
    SqlScript script = migrator.sql(range);
    Path file = sqlDirectory.toPath().resolve(script.schema() + ".sql");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, script.text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("Tidemark cannot write " + file + ": " + e.getMessage(), e);
    }
    getLog().info("Tidemark: " + (script.upgrade() ? "upgrade" : "downgrade") + " of schema " + script.schema()
        + " from " + script.from() + " to " + script.to() + " (" + script.revisions().size() + " revision(s)) written to "
        + file);
  }

  @Override
  boolean connects() {
    return false;
  }
}
