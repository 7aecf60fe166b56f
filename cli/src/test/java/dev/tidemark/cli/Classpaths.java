package dev.tidemark.cli;

import dev.tidemark.cli.fixture.BooksCatalog;
import dev.tidemark.cli.fixture.DraftBooksCatalog;
import dev.tidemark.models.trading.migrations.prop_trading_model.PropTradingModelCatalog;
import dev.tidemark.runtime.MigrationCatalog;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the catalogs the command line is pointed at live: jars or class directories, never the jar itself. */
final class Classpaths {

  /** The test fixture: schema {@code cli_books}, three revisions. */
  static final String BOOKS = locationOf(BooksCatalog.class);

  /** The {@code models} module as Maven built it with the processor: schema {@code prop_trading_model}. */
  static final String MODELS = locationOf(PropTradingModelCatalog.class);

  private Classpaths() {}

  static String both() {
    return BOOKS + File.pathSeparator + MODELS;
  }

  /**
   * The fixture plus {@link DraftBooksCatalog} (schema {@code cli_drafts}, its head a draft),
   * registered in {@code directory}: the test classes do not register it, so other tests see one catalog.
   */
  static String withDraftCatalog(Path directory) throws IOException {
    Path services = Files.createDirectories(directory.resolve("META-INF/services"));
    Files.writeString(services.resolve(MigrationCatalog.class.getName()), DraftBooksCatalog.class.getName());
    return directory + File.pathSeparator + BOOKS;
  }

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
