package dev.tidemark.runtime.internal.command;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.Migration;
import dev.tidemark.runtime.Operations;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.SqlScript;
import dev.tidemark.runtime.TidemarkException;
import dev.tidemark.runtime.internal.AdvisoryLock;
import dev.tidemark.runtime.internal.PlannedStep;
import dev.tidemark.runtime.internal.RevisionChain;
import dev.tidemark.runtime.schema.PostgresNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code sql [from:to]}: the offline script of an upgrade or a downgrade, for a DBA to review and
 * run with psql. It holds the same session advisory lock, runs each revision in its own
 * transaction (a concurrent index build outside one) with the same timeouts and history row, so
 * running it gives the database {@code upgrade} or {@code downgrade} would. The database is not
 * touched.
 */
public final class SqlCommand {

  private final CommandContext context;

  public SqlCommand(CommandContext context) {
    this.context = context;
  }

  /** {@code range}: {@code from:to}, each a revision id, {@code base} or {@code head}; {@code to} alone means from base. */
  public SqlScript run(String range) {
    int colon = range.indexOf(':');
    String from = colon < 0 ? RevisionChain.BASE : range.substring(0, colon);
    String to = colon < 0 ? range : range.substring(colon + 1);
    RevisionChain chain = context.chain();
    int fromCount = chain.countUpTo(from);
    int toCount = chain.countUpTo(to);
    boolean upgrade = toCount >= fromCount;
    List<Migration> revisions = new ArrayList<>(chain.migrations().subList(Math.min(fromCount, toCount),
        Math.max(fromCount, toCount)));
    if (!upgrade) {
      Collections.reverse(revisions);
    }
    StringBuilder script = new StringBuilder()
        .append("-- Tidemark: ").append(upgrade ? "upgrade" : "downgrade").append(" of schema ")
        .append(context.schema()).append(" from ").append(name(chain, fromCount)).append(" to ")
        .append(name(chain, toCount)).append('\n')
        .append("-- Review, then run with: psql -v ON_ERROR_STOP=1 -f <this file>\n")
        .append("-- Each revision runs in its own transaction with its history row, as the migrator runs it.\n\n")
        .append("select pg_advisory_lock(").append(AdvisoryLock.keyFor(context.schema())).append(");\n");
    context.setupStatements().forEach(sql -> script.append(sql).append(";\n"));
    for (Migration migration : revisions) {
      appendRevision(script, migration, upgrade);
    }
    script.append("\nselect pg_advisory_unlock(").append(AdvisoryLock.keyFor(context.schema())).append(");\n");
    return new SqlScript(context.schema(), name(chain, fromCount), name(chain, toCount), upgrade,
        revisions.stream().map(migration -> migration.revision().id()).toList(), script.toString());
  }

  private void appendRevision(StringBuilder script, Migration migration, boolean upgrade) {
    Revision revision = migration.revision();
    List<PlannedStep> steps = upgrade ? context.upgradeSteps(migration) : context.downgradeSteps(migration);
    if (steps.stream().anyMatch(PlannedStep.Java.class::isInstance)) {
      throw TidemarkException.of(ErrorCode.NOT_SCRIPTABLE, "revision " + revision.id() + " of schema "
          + context.schema() + " is a manual revision whose Java code has no SQL form; script the range before"
          + " and after it and let the migrator run it");
    }
    boolean transactional = steps.stream().allMatch(PlannedStep::transactional);
    script.append("\n-- ").append(upgrade ? "" : "revert ").append(revision.id()).append(": ")
        .append(revision.description()).append('\n');
    script.append(transactional ? "begin;\n" : "-- runs outside a transaction: create index concurrently\n");
    if (context.settings().lockTimeout() != null) {
      script.append("set ").append(transactional ? "local " : "").append("lock_timeout = ")
          .append(context.settings().lockTimeout().toMillis()).append(";\n");
    }
    if (context.settings().statementTimeout() != null) {
      script.append("set ").append(transactional ? "local " : "").append("statement_timeout = ")
          .append(context.settings().statementTimeout().toMillis()).append(";\n");
    }
    if (runsHandWrittenSql(migration, upgrade)) {
      // As the migrator runs it: the managed schema first, so the revision's unqualified names resolve to it.
      script.append("select set_config('search_path', ").append(literal(PostgresNames.quote(context.schema()) + ", "))
          .append(" || current_setting('search_path'), ").append(transactional).append(");\n");
    }
    for (PlannedStep step : steps) {
      if (step instanceof PlannedStep.ConcurrentIndex index) {
        // A retry after a failed build must first drop the INVALID index it left.
        script.append(context.renderer().dropIndexConcurrently(index.index()).sql()).append(";\n");
      }
      script.append(step.describe()).append(";\n");
    }
    script.append(upgrade ? context.history().insertScript(revision) : context.history().deleteScript(revision.id()))
        .append(";\n");
    script.append(transactional ? "commit;\n" : "reset lock_timeout;\nreset statement_timeout;\n");
  }

  private static boolean runsHandWrittenSql(Migration migration, boolean upgrade) {
    Operations operations = new Operations();
    if (upgrade) {
      migration.upgrade(operations);
    } else {
      migration.downgrade(operations);
    }
    return operations.steps().stream().anyMatch(Operations.SqlStep.class::isInstance);
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String name(RevisionChain chain, int count) {
    return count == 0 ? RevisionChain.BASE : chain.migrations().get(count - 1).revision().id();
  }
}
