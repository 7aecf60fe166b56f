package dev.tidemark.runtime.internal;

import dev.tidemark.runtime.JdbcAction;
import dev.tidemark.runtime.MigrationContext;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Holds the {@link MigrationContext} while a manual step runs. Generated code hands the runtime a
 * method reference taking only a connection, so the context travels beside it on the thread.
 */
public final class ManualStepScope {

  private static final ThreadLocal<MigrationContext> CURRENT = new ThreadLocal<>();

  private ManualStepScope() {}

  public static Optional<MigrationContext> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  static void run(MigrationContext context, JdbcAction action) throws SQLException {
    CURRENT.set(context);
    try {
      action.run(context.connection());
    } finally {
      CURRENT.remove();
    }
  }
}
