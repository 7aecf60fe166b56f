package dev.tidemark.processor.ledger;

import dev.tidemark.processor.Diagnostic;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The SQL revisions a developer or DBA wrote by hand: {@code <schema>/sql/<id>.up.sql} with an
 * optional {@code <id>.down.sql}, where {@code <id>} is the revision id, such as
 * {@code 0003_seed_venues}. Read with plain file I/O, beside the ledger files they join.
 */
public final class SqlRevisionFiles {

  /** The sub-directory of a schema's ledger directory that holds the SQL files. */
  static final String DIRECTORY = "sql";
  private static final String UP = ".up.sql";
  private static final String DOWN = ".down.sql";

  private SqlRevisionFiles() {}

  /** The up script's path relative to the schema's ledger directory, for messages. */
  public static String upFile(String id) {
    return DIRECTORY + "/" + id + UP;
  }

  /** The down script's path relative to the schema's ledger directory, for messages. */
  public static String downFile(String id) {
    return DIRECTORY + "/" + id + DOWN;
  }

  /**
   * Every SQL revision under {@code schemaDirectory}, by id, each script checked to split into
   * statements; a misnamed file, a down script without its up script, or a script that cannot run
   * fails with the file's path.
   */
  public static Map<String, LedgerRevision.Script> all(Path schemaDirectory) {
    Path directory = schemaDirectory.resolve(DIRECTORY);
    Map<String, LedgerRevision.Script> scripts = new TreeMap<>();
    if (!Files.isDirectory(directory)) {
      return scripts;
    }
    for (Path file : files(directory)) {
      String name = file.getFileName().toString();
      String id = name.endsWith(UP) ? name.substring(0, name.length() - UP.length())
          : name.endsWith(DOWN) ? name.substring(0, name.length() - DOWN.length()) : null;
      if (id == null || !LedgerRevision.ID.matcher(id).matches()) {
        throw new LedgerException(Diagnostic.SQL_INVALID, file, "an SQL revision is named <4 digits>_<lower_case_name>"
            + ".up.sql, with an optional .down.sql beside it, such as 0003_seed_venues.up.sql");
      }
      if (name.endsWith(DOWN) && !Files.exists(directory.resolve(id + UP))) {
        throw new LedgerException(Diagnostic.SQL_INVALID, file, "it has no " + id + UP + " to undo");
      }
      if (name.endsWith(UP)) {
        LedgerRevision.Script script = read(schemaDirectory, id).orElseThrow();
        requireStatements(file, script.upgrade());
        if (script.downgrade() != null) {
          requireStatements(directory.resolve(id + DOWN), script.downgrade());
        }
        scripts.put(id, script);
      }
    }
    return scripts;
  }

  /** The scripts of revision {@code id}, or empty when its up script is missing. */
  static Optional<LedgerRevision.Script> read(Path schemaDirectory, String id) {
    Path up = schemaDirectory.resolve(upFile(id));
    if (!Files.exists(up)) {
      return Optional.empty();
    }
    Path down = schemaDirectory.resolve(downFile(id));
    return Optional.of(new LedgerRevision.Script(text(up), Files.exists(down) ? text(down) : null));
  }

  private static void requireStatements(Path file, String script) {
    try {
      if (SqlStatements.split(script).isEmpty()) {
        throw new LedgerException(Diagnostic.SQL_INVALID, file, "it holds no statement");
      }
    } catch (SqlStatements.ScriptException e) {
      throw new LedgerException(Diagnostic.SQL_INVALID, file + ":" + e.line(), e.getMessage());
    }
  }

  /** The file's text with line ends normalised, so a checkout on Windows checksums alike. */
  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (MalformedInputException e) {
      throw new LedgerException(Diagnostic.SQL_INVALID, file, "it is not UTF-8 text");
    } catch (IOException e) {
      throw LedgerException.io("read", file, e);
    }
  }

  private static List<Path> files(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw LedgerException.io("list", directory, e);
    }
  }
}
