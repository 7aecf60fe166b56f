package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.Drift;
import dev.tidemark.runtime.DriftReport;
import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.UpgradePlan;
import dev.tidemark.runtime.internal.catalog.Catalogs;
import dev.tidemark.runtime.internal.catalog.SchemaComparison;
import dev.tidemark.runtime.schema.Schema;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code verify}: the live catalog against the snapshot expected at the revision the history says
 * the database is at. Reads only; the expected schema is built in a scratch schema and rolled back.
 */
public final class VerifyCommand {

  private final CommandContext context;

  public VerifyCommand(CommandContext context) {
    this.context = context;
  }

  /** The drift report, whatever it says. */
  public DriftReport drift() {
    return context.withConnection("verify the catalog", connection -> {
      UpgradePlan plan = UpgradePlan.of(context.chain(), context.readHistory(connection), false);
      if (!plan.unknown().isEmpty()) {
        throw TidemarkException.of(ErrorCode.DATABASE_AHEAD, "schema " + context.schema() + " is at "
            + plan.head() + ", which this build does not know; verify it with the build that applied it");
      }
      int applied = plan.appliedCount(context.chain());
      List<Drift> differences = SchemaComparison.between(expected(connection, applied), live(connection));
      return new DriftReport(context.schema(), plan.head(), differences);
    });
  }

  /** The drift report when the catalog matches; {@code DRIFT} naming each difference when it does not. */
  public DriftReport verify() {
    DriftReport report = drift();
    if (!report.clean()) {
      throw TidemarkException.of(ErrorCode.DRIFT, report.summary());
    }
    context.log().info("Schema {} matches revision {}", context.schema(), report.revision());
    return report;
  }

  /** The managed schema as the database has it, without the history table. */
  public Schema readSchema() {
    return context.withConnection("read the catalog", this::live);
  }

  Schema expected(Connection connection, int revisions) throws SQLException {
    return Catalogs.expected(connection, context.chain().schemaAfter(revisions), context.schema(),
        context.settings().referencedSchemas());
  }

  Schema live(Connection connection) throws SQLException {
    return Catalogs.live(connection, context.schema(), ignoredTables());
  }

  /** The live schema as the transaction open on {@code connection} sees it. */
  Schema liveInTransaction(Connection connection) throws SQLException {
    return Catalogs.liveInTransaction(connection, context.schema(), ignoredTables());
  }

  private List<String> ignoredTables() {
    return context.history().schema().equals(context.schema()) ? List.of(context.history().name()) : List.of();
  }
}
