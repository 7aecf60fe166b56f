package dev.tidemark.runtime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the embedded test server when the JUnit session closes, while the JVM is still running
 * normally. Registered through {@code META-INF/services}, so every module whose tests use
 * {@link TestPostgres} gets it with the runtime's test jar.
 */
public final class StopTestPostgres implements LauncherSessionListener {

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    try {
      TestPostgres.stop();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stop the embedded test PostgreSQL", e);
    }
  }
}
