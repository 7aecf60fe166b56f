package dev.tidemark.processor.ledger;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.json.CanonicalJson;
import dev.tidemark.runtime.json.JsonFields;
import dev.tidemark.runtime.json.LedgerFormatException;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.Schema;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The ledger of one schema as found on disk: the frozen revisions in chain order, and the drafts
 * (the entity draft, manual drafts). Loading checks everything a hand edit or a bad merge can
 * break, and each failure names the file and, where it applies, the field.
 *
 * @param schema the schema
 * @param directory the schema's directory, {@code <tidemark.dir>/<schema>}
 * @param frozen the frozen revisions, first to last
 * @param drafts the draft revisions found on disk (recomputed on every build, never trusted)
 * @param snapshot the schema after the last frozen revision
 * @param history every table the frozen revisions ever made, with every column it ever had, so a
 *     hint about a table or column that is gone can be told from one that never was
 */
public record Ledger(String schema, Path directory, List<LedgerRevision> frozen, List<LedgerRevision> drafts,
    Schema snapshot, Map<String, Set<String>> history) {

  static final String HEAD_FILE = "head.json";
  /** The field of {@code head.json} that names the last frozen revision. */
  static final String FROZEN_FIELD = "frozen";

  public static Ledger load(Path root, String schema) {
    Path directory = root.resolve(schema);
    if (!Files.exists(directory)) {
      return new Ledger(schema, directory, List.of(), List.of(), Schema.empty(schema), Map.of());
    }
    requireDirectory(directory);
    List<LedgerRevision> frozen = new ArrayList<>();
    List<LedgerRevision> drafts = new ArrayList<>();
    for (Path file : revisionFiles(directory)) {
      LedgerRevision revision = read(file, schema, directory);
      (revision.draft() ? drafts : frozen).add(revision);
    }
    List<LedgerRevision> chain = chain(schema, directory, frozen);
    requireRecordedHead(schema, directory, chain);
    chain.forEach(revision -> verifyPreview(directory.resolve(revision.id() + ".sql"), schema, revision));
    Map<String, Set<String>> history = new TreeMap<>();
    Schema snapshot = replay(schema, directory, chain, history);
    return new Ledger(schema, directory, chain, List.copyOf(drafts), snapshot, history);
  }

  /** The schemas that have a ledger under {@code root}: its sub-directories. */
  public static List<String> schemasIn(Path root) {
    if (!Files.exists(root)) {
      return List.of();
    }
    requireDirectory(root);
    try (Stream<Path> directories = Files.list(root)) {
      return directories.filter(Files::isDirectory).map(path -> path.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw LedgerException.io("list", root, e);
    }
  }

  private static void requireDirectory(Path path) {
    if (!Files.isDirectory(path)) {
      throw new LedgerException(Diagnostic.LEDGER_IO, "read", path, "it is a file where a directory belongs");
    }
  }

  /** The frozen manual revision that runs {@code className}, if any. */
  public Optional<LedgerRevision> frozenManual(String className) {
    return frozen.stream()
        .filter(revision -> revision.manual() != null && revision.manual().className().equals(className))
        .findFirst();
  }

  /** Whether some frozen revision had {@code table}. */
  public boolean everHad(String table) {
    return history.containsKey(table);
  }

  /** Whether some frozen revision had {@code column} in {@code table}. */
  public boolean everHad(String table, String column) {
    return history.getOrDefault(table, Set.of()).contains(column);
  }

  /** The id of the last frozen revision, or {@code null} when none is frozen yet. */
  public String head() {
    return frozen.isEmpty() ? null : frozen.get(frozen.size() - 1).id();
  }

  /** The head for messages: the id, or "no revision yet". */
  public String headForHumans() {
    return frozen.isEmpty() ? "no revision yet" : head();
  }

  private static List<Path> revisionFiles(Path directory) {
    try (Stream<Path> files = Files.list(directory)) {
      return files
          .filter(file -> file.getFileName().toString().endsWith(".json"))
          .filter(file -> !file.getFileName().toString().equals(HEAD_FILE))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw LedgerException.io("list", directory, e);
    }
  }

  private static LedgerRevision read(Path file, String schema, Path directory) {
    String name = file.getFileName().toString();
    String expectedId = name.substring(0, name.length() - ".json".length());
    if (!LedgerRevision.ID.matcher(expectedId).matches()) {
      throw new LedgerException(Diagnostic.LEDGER_CORRUPT, file,
          "a revision file is named <4 digits>_<lower_case_name>.json, such as 0002_add_trade_venue.json");
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      throw new LedgerException(Diagnostic.LEDGER_CORRUPT, file, "it is not UTF-8 text");
    } catch (IOException e) {
      throw LedgerException.io("read", file, e);
    }
    LedgerRevision.Checksums[] recorded = new LedgerRevision.Checksums[1];
    LedgerRevision revision;
    try {
      revision = LedgerRevision.fromJson(JsonFields.root(CanonicalJson.parse(text)), expectedId,
          checksums -> recorded[0] = checksums, id -> SqlRevisionFiles.read(directory, id));
    } catch (LedgerFormatException e) {
      throw new LedgerException(Diagnostic.LEDGER_CORRUPT, file, e.getMessage());
    }
    if (!revision.draft()) {
      verifyScript(directory, revision, recorded[0]);
      verifyChecksums(file, schema, revision, recorded[0]);
    }
    return revision;
  }

  /** A frozen SQL revision's files are exactly those that were frozen, byte for byte (line ends aside). */
  private static void verifyScript(Path directory, LedgerRevision revision, LedgerRevision.Checksums recorded) {
    if (revision.script() == null) {
      return;
    }
    JsonFields files = JsonFields.root(recorded.script());
    LedgerRevision.Script script = revision.script();
    if (!script.upgradeChecksum().equals(files.string("upgrade"))) {
      throw new LedgerException(Diagnostic.SQL_CHANGED, revision.id(),
          directory.resolve(SqlRevisionFiles.upFile(revision.id())));
    }
    if (!Objects.equals(script.downgradeChecksum(), files.optionalString("downgrade"))) {
      throw new LedgerException(Diagnostic.SQL_CHANGED, revision.id(),
          directory.resolve(SqlRevisionFiles.downFile(revision.id())));
    }
  }

  /**
   * A frozen revision's {@code .sql} preview is what reviewers approved, so it must show exactly
   * what the revision runs. The build never rewrites a frozen revision's files: a deleted or edited
   * preview fails the build until it is restored. Line ends may differ (Git on Windows).
   */
  private static void verifyPreview(Path preview, String schema, LedgerRevision revision) {
    if (!Files.exists(preview)) {
      throw new LedgerException(Diagnostic.LEDGER_PREVIEW, preview, revision.id(), "is missing");
    }
    String text;
    try {
      text = Files.readString(preview, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (MalformedInputException e) {
      throw new LedgerException(Diagnostic.LEDGER_PREVIEW, preview, revision.id(), "is not UTF-8 text");
    } catch (IOException e) {
      throw LedgerException.io("read", preview, e);
    }
    String expected = revision.sqlPreview(schema);
    if (!text.equals(expected)) {
      throw new LedgerException(Diagnostic.LEDGER_PREVIEW, preview, revision.id(),
          "differs from the SQL the revision runs, first at line " + firstDifferentLine(text, expected));
    }
  }

  private static int firstDifferentLine(String actual, String expected) {
    String[] actualLines = actual.split("\n", -1);
    String[] expectedLines = expected.split("\n", -1);
    int line = 0;
    while (line < actualLines.length && line < expectedLines.length && actualLines[line].equals(expectedLines[line])) {
      line++;
    }
    return line + 1;
  }

  /**
   * {@code head.json} records the last frozen revision, so the ledger knows where its chain ends: a
   * frozen revision whose files were deleted is an error, never a draft made again in its place (a
   * database may carry it already). A head written before Tidemark recorded it is not checked.
   */
  private static void requireRecordedHead(String schema, Path directory, List<LedgerRevision> chain) {
    Path file = directory.resolve(HEAD_FILE);
    if (!Files.exists(file)) {
      if (!chain.isEmpty()) {
        throw new LedgerException(Diagnostic.LEDGER_CORRUPT, file, "it is missing, though the ledger has frozen"
            + " revisions; it records the last of them, so the ledger can tell when one is lost");
      }
      return;
    }
    String recorded;
    try {
      recorded = JsonFields.root(CanonicalJson.parse(Files.readString(file, StandardCharsets.UTF_8)))
          .optionalString(FROZEN_FIELD);
    } catch (MalformedInputException e) {
      throw new LedgerException(Diagnostic.LEDGER_CORRUPT, file, "it is not UTF-8 text");
    } catch (IOException e) {
      throw LedgerException.io("read", file, e);
    } catch (LedgerFormatException e) {
      throw new LedgerException(Diagnostic.LEDGER_CORRUPT, file, e.getMessage());
    }
    if (recorded != null && chain.stream().noneMatch(revision -> revision.id().equals(recorded))) {
      String chainEnd = chain.isEmpty() ? "the ledger has no frozen revision"
          : "the chain of frozen revisions ends at " + chain.get(chain.size() - 1).id();
      throw new LedgerException(Diagnostic.LEDGER_MISSING_REVISION, recorded, schema,
          HEAD_FILE + " records it as the last frozen revision, but " + chainEnd, directory.resolve(recorded));
    }
  }

  private static void verifyChecksums(Path file, String schema, LedgerRevision revision, LedgerRevision.Checksums recorded) {
    String operations = revision.operationsChecksum();
    if (!operations.equals(recorded.operations())) {
      throw new LedgerException(Diagnostic.LEDGER_TAMPERED, revision.id(), file,
          "its operations hash to " + operations + ", but checksums.operations records " + recorded.operations());
    }
    String sql = revision.sqlChecksum(schema);
    if (!sql.equals(recorded.sql())) {
      throw new LedgerException(Diagnostic.LEDGER_TAMPERED, revision.id(), file,
          "this build renders its SQL with checksum " + sql + ", but checksums.sql records " + recorded.sql()
              + " (the SQL it would run changed)");
    }
  }

  /** Orders the frozen revisions by parent links, refusing forks (merged branches) and gaps. */
  private static List<LedgerRevision> chain(String schema, Path directory, List<LedgerRevision> frozen) {
    Map<String, List<LedgerRevision>> byParent = new TreeMap<>();
    for (LedgerRevision revision : frozen) {
      byParent.computeIfAbsent(String.valueOf(revision.parent()), parent -> new ArrayList<>()).add(revision);
    }
    for (Map.Entry<String, List<LedgerRevision>> children : byParent.entrySet()) {
      if (children.getValue().size() > 1) {
        List<String> ids = children.getValue().stream().map(LedgerRevision::id).sorted().toList();
        String parent = children.getKey().equals("null") ? "the start of the ledger" : children.getKey();
        String later = ids.get(ids.size() - 1);
        throw new LedgerException(Diagnostic.LEDGER_MERGE_CONFLICT, String.join(" and ", ids), parent,
            directory.resolve(later + ".json") + " and " + later + ".sql");
      }
    }
    List<LedgerRevision> chain = new ArrayList<>();
    String parent = "null";
    while (byParent.containsKey(parent)) {
      LedgerRevision next = byParent.get(parent).get(0);
      if (next.number() != chain.size() + 1) {
        throw new LedgerException(Diagnostic.LEDGER_BROKEN_CHAIN, schema,
            "revision " + next.id() + " is number " + (chain.size() + 1) + " in the chain; renumber or restore it");
      }
      chain.add(next);
      parent = next.id();
    }
    if (chain.size() != frozen.size()) {
      List<LedgerRevision> unreachable = frozen.stream().filter(revision -> !chain.contains(revision)).toList();
      Set<String> present = new TreeSet<>(frozen.stream().map(LedgerRevision::id).toList());
      // A revision cut off from the chain follows one that is missing, or (hand-edited parents) a loop.
      Set<String> missing = new TreeSet<>(unreachable.stream()
          .map(LedgerRevision::parent)
          .filter(id -> id != null && !present.contains(id))
          .toList());
      String orphans = "revisions " + unreachable.stream()
          .map(revision -> revision.id() + " (follows " + revision.parent() + ")").toList()
          + " do not follow the chain that starts at the first revision";
      throw new LedgerException(Diagnostic.LEDGER_BROKEN_CHAIN, schema, missing.isEmpty() ? orphans
          : "frozen revision " + String.join(", ", missing) + " is missing, so " + orphans
              + "; restore the missing files from version control");
    }
    return chain;
  }

  /**
   * The schema after every frozen revision, adding the tables and columns of each state to
   * {@code history}; also checks that each downgrade undoes its upgrade.
   */
  private static Schema replay(
      String schema, Path directory, List<LedgerRevision> chain, Map<String, Set<String>> history) {
    Schema state = Schema.empty(schema);
    for (LedgerRevision revision : chain) {
      Path file = directory.resolve(revision.id() + ".json");
      Schema after = apply(state, revision.upgrade(), file, "upgrade");
      Schema undone = apply(after, revision.downgrade(), file, "downgrade");
      if (!SchemaDiff.same(undone, state)) {
        throw new LedgerException(Diagnostic.LEDGER_CORRUPT, file,
            "field 'downgrade' does not undo 'upgrade': it leaves " + SchemaDiff.between(state, undone).stream()
                .map(Operation::describe).toList() + " behind");
      }
      state = after;
      state.tables().forEach(table -> history.computeIfAbsent(table.name(), name -> new TreeSet<>())
          .addAll(table.columns().stream().map(Column::name).toList()));
    }
    return state;
  }

  private static Schema apply(Schema state, List<Operation> operations, Path file, String field) {
    // One builder for the whole list: applying each operation to an immutable schema copied the
    // schema every time, quadratic in a ledger of thousands of tables.
    Schema.Builder result = state.toBuilder();
    for (int i = 0; i < operations.size(); i++) {
      try {
        operations.get(i).applyTo(result);
      } catch (IllegalStateException | IllegalArgumentException e) {
        throw new LedgerException(Diagnostic.LEDGER_CORRUPT, file,
            "field '" + field + "[" + i + "]' does not apply to the schema before it: " + e.getMessage());
      }
    }
    try {
      return result.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new LedgerException(Diagnostic.LEDGER_CORRUPT, file,
          "field '" + field + "' leaves a schema that does not hold together: " + e.getMessage());
    }
  }
}
