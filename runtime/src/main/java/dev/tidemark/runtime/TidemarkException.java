package dev.tidemark.runtime;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * The one exception Tidemark's runtime throws. A database failure keeps its SQLState, and where
 * they apply the revision and the statement that failed.
 */
public final class TidemarkException extends RuntimeException {

  private final ErrorCode code;
  private final String revision;
  private final String statement;
  private final String sqlState;

  private TidemarkException(
      ErrorCode code, String message, String revision, String statement, Throwable cause) {
    super("[" + code + "] " + message, cause);
    this.code = Objects.requireNonNull(code);
    this.revision = revision;
    this.statement = statement;
    this.sqlState = cause instanceof SQLException sql ? sql.getSQLState() : null;
  }

  public static TidemarkException of(ErrorCode code, String message) {
    return new TidemarkException(code, message, null, null, null);
  }

  public static TidemarkException database(String message, SQLException cause) {
    return new TidemarkException(
        ErrorCode.DATABASE, message + ": " + cause.getMessage() + " (SQLState " + cause.getSQLState() + ")",
        null, null, cause);
  }

  /** A revision that failed and was rolled back, by a database error or by its own Java code. */
  public static TidemarkException revisionFailed(String schema, Revision revision, String statement, Exception cause) {
    return revisionFailed(schema, revision, statement, cause,
        "failed and was rolled back; nothing of it remains.");
  }

  /**
   * A revision that failed while running outside a transaction: what ran before the failure
   * stays, and the revision is not recorded, so the next upgrade runs it again.
   */
  public static TidemarkException nonTransactionalRevisionFailed(
      String schema, Revision revision, String statement, Exception cause) {
    return revisionFailed(schema, revision, statement, cause, "failed outside a transaction and is not recorded;"
        + " its statements are safe to retry and the next upgrade runs it again.");
  }

  /**
   * A phase of a revision that runs in several phases failed: the phases before it are committed
   * and recorded, so the next upgrade resumes at this one (a transactional phase was rolled back, a
   * statement outside a transaction is safe to run again).
   */
  public static TidemarkException phaseFailed(String schema, Revision revision, int phase, int phases,
      String statement, Exception cause) {
    return revisionFailed(schema, revision, statement, cause, "failed in phase " + (phase + 1) + " of " + phases
        + "; the phases before it are committed and recorded, and the next run resumes at this one.");
  }

  /** Another session held the migration lock longer than the caller was willing to wait. */
  public static TidemarkException lockWaitExceeded(String schema, String holder, Duration waited) {
    return new TidemarkException(ErrorCode.LOCK_WAIT_EXCEEDED, "waited " + waited.toSeconds() + " s for the migration"
        + " lock of schema " + schema + ", held by " + holder + "; raise lockWait or stop that session", null, null,
        null);
  }

  private static TidemarkException revisionFailed(
      String schema, Revision revision, String statement, Exception cause, String outcome) {
    String where = statement == null ? "while recording it in the history" : "at statement:\n  " + statement;
    String reason = cause instanceof SQLException sql
        ? cause.getMessage() + " (SQLState " + sql.getSQLState() + ")"
        : cause.getClass().getName() + ": " + cause.getMessage();
    return new TidemarkException(
        ErrorCode.REVISION_FAILED,
        "revision " + revision.id() + " of schema " + schema + " " + outcome + " " + reason + " " + where,
        revision.id(), statement, cause);
  }

  public ErrorCode code() {
    return code;
  }

  /** The revision being applied when it failed, or {@code null}. */
  public String revision() {
    return revision;
  }

  /** The statement that failed, or {@code null}. */
  public String statement() {
    return statement;
  }

  /** The SQLState of the database error, or {@code null}. */
  public String sqlState() {
    return sqlState;
  }
}
