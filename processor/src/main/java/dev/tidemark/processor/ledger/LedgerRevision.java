package dev.tidemark.processor.ledger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.Revision;
import dev.tidemark.runtime.json.CanonicalJson;
import dev.tidemark.runtime.json.JsonFields;
import dev.tidemark.runtime.json.LedgerFormatException;
import dev.tidemark.runtime.json.ModelJson;
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.sql.PostgresRenderer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One revision of the ledger, as stored in {@code <id>.json}.
 *
 * @param id {@code 0004_add_desk_risk_limit}, or {@code 0004_draft}
 * @param parent the revision it follows, or {@code null} for the first
 * @param draft whether it is the draft, recomputed on every build
 * @param description what it does, in words
 * @param upgrade the operations that apply it
 * @param downgrade the operations that undo it exactly
 * @param manual the hand-written class it runs instead, or {@code null} for a revision of operations
 * @param script the SQL files it runs instead, or {@code null}; its {@code upgrade} and {@code downgrade}
 *     then only record, for the model, what the files do to the schema (nothing unless it is a baseline)
 * @param acknowledgements the risks it accepts, which the safety policy then lets through
 */
public record LedgerRevision(String id, String parent, boolean draft, String description, List<Operation> upgrade,
    List<Operation> downgrade, Manual manual, Script script, List<Acknowledgement> acknowledgements) {

  /**
   * The class a manual revision runs, and the checksum that catches a change to it: the checksum of
   * its code ({@link ManualSource}), or, for revisions recorded before Tidemark checksummed code, of
   * its whole source file. Exactly one is set.
   *
   * @param className its qualified name
   * @param codeChecksum the {@link ManualSource#checksum} of its source file, recorded as {@code code}
   * @param sourceChecksum the SHA-256 of its source file, recorded as {@code source} by older Tidemarks
   */
  public record Manual(String className, String codeChecksum, String sourceChecksum) {

    public Manual {
      if ((codeChecksum == null) == (sourceChecksum == null)) {
        throw new IllegalArgumentException("a manual revision records either its code or its source checksum");
      }
    }

    /** A manual revision recorded by this Tidemark: its code is checksummed. */
    public static Manual ofCode(String className, String codeChecksum) {
      return new Manual(className, codeChecksum, null);
    }

    /** Whether a class whose source has these checksums is the class this revision recorded. */
    public boolean matches(String code, String source) {
      return codeChecksum != null ? codeChecksum.equals(code) : sourceChecksum.equals(source);
    }
  }

  /**
   * The SQL files of an SQL revision ({@code sql/<id>.up.sql} and {@code sql/<id>.down.sql}), as
   * written, line ends normalised to {@code \n}.
   *
   * @param upgrade the up script
   * @param downgrade the down script, or {@code null} when the revision cannot be reverted
   */
  public record Script(String upgrade, String downgrade) {

    /** The first line that makes an up script a baseline: the schema after it is what the entities say. */
    public static final String BASELINE_MARKER = "-- tidemark:baseline";

    /** Whether the up script declares that it brings the schema to the entities' state. */
    public boolean baseline() {
      return upgrade.lines().findFirst().map(String::strip).filter(BASELINE_MARKER::equals).isPresent();
    }

    public List<String> upgradeStatements() {
      return SqlStatements.split(upgrade);
    }

    public List<String> downgradeStatements() {
      return downgrade == null ? List.of() : SqlStatements.split(downgrade);
    }

    String upgradeChecksum() {
      return CanonicalJson.sha256(upgrade);
    }

    /** The down script's checksum, or {@code null} when there is none. */
    String downgradeChecksum() {
      return downgrade == null ? null : CanonicalJson.sha256(downgrade);
    }

    ObjectNode json() {
      ObjectNode node = CanonicalJson.object().put("upgrade", upgradeChecksum());
      return downgrade == null ? node : node.put("downgrade", downgradeChecksum());
    }
  }

  /** A revision of operations that accepts no risk. */
  public LedgerRevision(
      String id, String parent, boolean draft, String description, List<Operation> upgrade, List<Operation> downgrade) {
    this(id, parent, draft, description, upgrade, downgrade, null, null, List.of());
  }

  /** A manual revision. */
  public static LedgerRevision manual(String id, String parent, boolean draft, String description, Manual manual) {
    return new LedgerRevision(id, parent, draft, description, List.of(), List.of(), manual, null, List.of());
  }

  /**
   * An SQL revision; {@code modelUpgrade} and {@code modelDowngrade} record what its files do to the
   * schema, for the model: empty for a data revision, the entities' changes for a baseline.
   */
  public static LedgerRevision script(String id, String parent, boolean draft, String description, Script script,
      List<Operation> modelUpgrade, List<Operation> modelDowngrade) {
    return new LedgerRevision(id, parent, draft, description, modelUpgrade, modelDowngrade, null, script, List.of());
  }

  /** This revision, accepting {@code acknowledgements}. */
  public LedgerRevision acknowledging(List<Acknowledgement> acknowledgements) {
    return new LedgerRevision(id, parent, draft, description, upgrade, downgrade, manual, script, acknowledgements);
  }

  /**
   * What the generated migration accepts at boot: the recorded acknowledgements. A frozen revision
   * recorded before Tidemark kept them has none, though its drops were accepted with
   * {@code @AcknowledgeDrop} (the build refused every other drop): those are acknowledged here, so
   * a safety policy does not refuse a revision that was reviewed under the old rule.
   */
  public List<Acknowledgement> acknowledgementsAtBoot() {
    if (draft || !acknowledgements.isEmpty()) {
      return acknowledgements;
    }
    List<Acknowledgement> drops = new ArrayList<>();
    for (Operation operation : upgrade) {
      if (operation instanceof DropTable drop) {
        drops.add(Acknowledgement.onTable("TM101", drop.table(), LEGACY_DROP));
      } else if (operation instanceof DropColumn drop) {
        drops.add(Acknowledgement.onPart("TM102", drop.table(), drop.column(), LEGACY_DROP));
      }
    }
    return drops;
  }

  private static final String LEGACY_DROP = "acknowledged with @AcknowledgeDrop when it was frozen";

  /** Version of the file format, so a later Tidemark can read older ledgers. */
  static final int FORMAT = 1;

  static final Pattern ID = Pattern.compile("([0-9]{4})_([a-z][a-z0-9_]*)");
  private static final Set<String> FIELDS =
      Set.of("format", "id", "parent", "status", "description", "upgrade", "downgrade", "manual", "script",
          "acknowledgements", "checksums");

  public LedgerRevision {
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
    acknowledgements = acknowledgements.stream().sorted(ACKNOWLEDGEMENT_ORDER).distinct().toList();
  }

  private static final Comparator<Acknowledgement> ACKNOWLEDGEMENT_ORDER = Comparator
      .comparing(Acknowledgement::rule)
      .thenComparing(Acknowledgement::table)
      .thenComparing(Acknowledgement::part, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparing(Acknowledgement::reason);

  /** The number in the id: {@code 4} for {@code 0004_add_desk_risk_limit}. */
  public int number() {
    return Integer.parseInt(id.substring(0, 4));
  }

  /** The name in the id: {@code add_desk_risk_limit}. */
  public String name() {
    return id.substring(5);
  }

  /**
   * The checksum of what the revision does: its operations, its manual class and that class's
   * source, or its SQL files and the model operations that record their effect; with the risks it
   * accepts, when it accepts any (so revisions recorded before acknowledgements keep their checksum).
   */
  public String operationsChecksum() {
    String operations = operationsOnlyChecksum();
    if (acknowledgements.isEmpty()) {
      return operations;
    }
    ObjectNode accepted = CanonicalJson.object().put("operations", operations);
    accepted.set("acknowledgements", acknowledgementsJson());
    return CanonicalJson.sha256(accepted);
  }

  private String operationsOnlyChecksum() {
    if (manual != null) {
      return CanonicalJson.sha256(manualJson());
    }
    if (script != null) {
      ObjectNode node = CanonicalJson.object().set("script", script.json());
      node.set("upgrade", ModelJson.operations(upgrade));
      node.set("downgrade", ModelJson.operations(downgrade));
      return CanonicalJson.sha256(node);
    }
    return ModelJson.checksum(upgrade, downgrade);
  }

  private ArrayNode acknowledgementsJson() {
    ArrayNode array = CanonicalJson.array();
    for (Acknowledgement acknowledgement : acknowledgements) {
      ObjectNode node = array.addObject().put("rule", acknowledgement.rule()).put("table", acknowledgement.table());
      if (acknowledgement.part() != null) {
        node.put("part", acknowledgement.part());
      }
      node.put("reason", acknowledgement.reason());
    }
    return array;
  }

  /** The SHA-256 of the SQL both directions render to, so a renderer change cannot alter history unseen. */
  public String sqlChecksum(String schema) {
    return CanonicalJson.sha256(sqlBody(schema));
  }

  public Revision revision() {
    return new Revision(id, parent, description, operationsChecksum(), draft);
  }

  /** The {@code .sql} preview a DBA reviews. */
  public String sqlPreview(String schema) {
    return "-- Revision " + id + " of schema " + schema + " (" + (draft ? "draft" : "frozen") + "): " + description + "\n"
        + "-- Parent: " + (parent == null ? "none" : parent) + "\n"
        + "-- Generated by Tidemark from " + id + ".json; do not edit.\n\n"
        + sqlBody(schema);
  }

  private String sqlBody(String schema) {
    if (manual != null) {
      return "-- upgrade\n\n-- runs " + manual.className() + ".upgrade(Connection): Java code, not shown\n"
          + "\n-- downgrade\n\n-- runs " + manual.className() + ".downgrade(Connection): Java code, not shown\n";
    }
    if (script != null) {
      return "-- upgrade\n\n" + (script.baseline() ? "-- baseline: the schema after it is what the entities said"
          + " when it was frozen (head.json)\n\n" : "") + statements(script.upgradeStatements())
          + "\n-- downgrade\n\n" + (script.downgrade() == null ? "-- none: this revision cannot be reverted\n"
          : statements(script.downgradeStatements()));
    }
    PostgresRenderer renderer = new PostgresRenderer(schema);
    return "-- upgrade\n\n" + renderer.script(upgrade) + "\n-- downgrade\n\n" + renderer.script(downgrade);
  }

  /** Statements as written, each ended by a semicolon, a blank line between them, as the renderer writes its own. */
  private static String statements(List<String> statements) {
    return statements.stream().map(statement -> statement + ";\n").collect(Collectors.joining("\n"));
  }

  private ObjectNode manualJson() {
    ObjectNode node = CanonicalJson.object().put("class", manual.className());
    return manual.codeChecksum() != null ? node.put("code", manual.codeChecksum())
        : node.put("source", manual.sourceChecksum());
  }

  ObjectNode toJson(String schema) {
    ObjectNode node = CanonicalJson.object()
        .put("format", FORMAT)
        .put("id", id)
        .put("status", draft ? "draft" : "frozen")
        .put("description", description);
    if (parent == null) {
      node.putNull("parent");
    } else {
      node.put("parent", parent);
    }
    node.set("upgrade", ModelJson.operations(upgrade));
    node.set("downgrade", ModelJson.operations(downgrade));
    if (manual != null) {
      node.set("manual", manualJson());
    }
    if (script != null) {
      node.set("script", script.json());
    }
    if (!acknowledgements.isEmpty()) {
      node.set("acknowledgements", acknowledgementsJson());
    }
    node.putObject("checksums")
        .put("operations", operationsChecksum())
        .put("sql", sqlChecksum(schema));
    return node;
  }

  /**
   * The recorded checksums of a revision file, to compare with what this build computes.
   *
   * @param script the recorded checksums of an SQL revision's files, or {@code null}
   */
  record Checksums(String operations, String sql, ObjectNode script) {}

  /**
   * Reads one revision document; {@code recorded} receives the checksums it claims, and
   * {@code scripts} gives an SQL revision's files by revision id, empty when they are missing.
   */
  static LedgerRevision fromJson(JsonFields fields, String expectedId, Consumer<Checksums> recorded,
      Function<String, Optional<Script>> scripts) {
    fields.allowOnly(FIELDS);
    long format = fields.integer("format");
    if (format != FORMAT) {
      throw new LedgerFormatException("format", "is " + format + "; this Tidemark reads format " + FORMAT);
    }
    String id = fields.string("id");
    if (!id.equals(expectedId)) {
      throw new LedgerFormatException("id", "is '" + id + "', but the file is named " + expectedId + ".json");
    }
    String status = fields.string("status");
    if (!status.equals("draft") && !status.equals("frozen")) {
      throw new LedgerFormatException("status", "is '" + status + "'; expected frozen or draft");
    }
    JsonFields checksums = fields.object("checksums").allowOnly(Set.of("operations", "sql"));
    Script script = null;
    ObjectNode recordedScript = null;
    if (fields.has("script")) {
      JsonFields scriptFields = fields.object("script").allowOnly(Set.of("upgrade", "downgrade"));
      recordedScript = CanonicalJson.object().put("upgrade", scriptFields.string("upgrade"));
      if (scriptFields.has("downgrade")) {
        recordedScript.put("downgrade", scriptFields.string("downgrade"));
      }
      Optional<Script> files = scripts.apply(id);
      if (files.isEmpty() && status.equals("frozen")) {
        throw new LedgerException(Diagnostic.SQL_MISSING, id, SqlRevisionFiles.upFile(id));
      }
      // A draft is recomputed on every build: one whose files are gone is deleted, not run.
      script = files.orElse(new Script("", null));
    }
    recorded.accept(new Checksums(checksums.string("operations"), checksums.string("sql"), recordedScript));
    Manual manual = null;
    if (fields.has("manual")) {
      JsonFields manualFields = fields.object("manual").allowOnly(Set.of("class", "code", "source"));
      if (manualFields.has("code") == manualFields.has("source")) {
        throw new LedgerFormatException(manualFields.path(), "records either 'code' or 'source', and not both");
      }
      manual = new Manual(manualFields.string("class"), manualFields.optionalString("code"),
          manualFields.optionalString("source"));
    }
    return new LedgerRevision(
        id,
        fields.optionalString("parent"),
        status.equals("draft"),
        fields.string("description"),
        ModelJson.operations(fields, "upgrade"),
        ModelJson.operations(fields, "downgrade"),
        manual,
        script,
        acknowledgements(fields));
  }

  private static List<Acknowledgement> acknowledgements(JsonFields fields) {
    if (!fields.has("acknowledgements")) {
      return List.of();
    }
    List<Acknowledgement> acknowledgements = new ArrayList<>();
    for (JsonFields acknowledgement : fields.objects("acknowledgements")) {
      acknowledgement.allowOnly(Set.of("rule", "table", "part", "reason"));
      try {
        acknowledgements.add(new Acknowledgement(acknowledgement.string("rule"), acknowledgement.string("table"),
            acknowledgement.optionalString("part"), acknowledgement.string("reason")));
      } catch (IllegalArgumentException e) {
        throw new LedgerFormatException(acknowledgement.path(), e.getMessage());
      }
    }
    return acknowledgements;
  }
}
