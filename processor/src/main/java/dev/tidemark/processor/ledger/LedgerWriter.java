package dev.tidemark.processor.ledger;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.json.CanonicalJson;
import dev.tidemark.runtime.json.ModelJson;
import dev.tidemark.runtime.schema.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a schema's ledger files with plain file I/O, each only when its content changes, so an
 * unchanged build leaves every file (and its timestamp) alone.
 */
public final class LedgerWriter {

  private final Path directory;
  private final String schema;

  public LedgerWriter(Ledger ledger) {
    this.directory = ledger.directory();
    this.schema = ledger.schema();
  }

  /** Writes {@code <id>.json} and its {@code <id>.sql} preview. */
  public void write(LedgerRevision revision) {
    writeIfChanged(directory.resolve(revision.id() + ".json"), CanonicalJson.write(revision.toJson(schema)));
    writeIfChanged(directory.resolve(revision.id() + ".sql"), revision.sqlPreview(schema));
  }

  /** Removes a revision's files, as when a draft is frozen or disappears. */
  public void delete(LedgerRevision revision) {
    for (String extension : new String[] {".json", ".sql"}) {
      Path file = directory.resolve(revision.id() + extension);
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw LedgerException.io("delete", file, e);
      }
    }
  }

  /**
   * Writes {@code head.json}: the whole schema after {@code revision}, for reviewers, and the last
   * frozen revision ({@code lastFrozen}, left out while none is frozen), so the ledger knows its chain.
   */
  public void writeHead(Schema head, String revision, String lastFrozen) {
    var document = CanonicalJson.object().put("format", LedgerRevision.FORMAT);
    if (revision == null) {
      document.putNull("revision");
    } else {
      document.put("revision", revision);
    }
    if (lastFrozen != null) {
      document.put(Ledger.FROZEN_FIELD, lastFrozen);
    }
    document.set("schema", ModelJson.schema(head));
    writeIfChanged(directory.resolve(Ledger.HEAD_FILE), CanonicalJson.write(document));
  }

  private static void writeIfChanged(Path file, String content) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    try {
      if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
        return;
      }
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
    } catch (IOException e) {
      throw LedgerException.io("write", file, e);
    }
  }
}
