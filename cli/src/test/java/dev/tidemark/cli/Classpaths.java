package dev.tidemark.cli;

import dev.tidemark.cli.fixture.BooksCatalog;
import dev.tidemark.models.trading.migrations.prop_trading_model.PropTradingModelCatalog;
import java.io.File;
import java.net.URISyntaxException;
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

  private static String locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
