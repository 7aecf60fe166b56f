package dev.tidemark.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.tidemark.processor.ledger.Ledger;
import dev.tidemark.processor.ledger.LedgerRevision;
import dev.tidemark.processor.ledger.LedgerWriter;
import dev.tidemark.processor.ledger.ManualSource;
import dev.tidemark.processor.ledger.SqlRevisionFiles;
import dev.tidemark.processor.read.ManualDeclaration;
import dev.tidemark.processor.read.ReadModel;
import dev.tidemark.processor.read.SafetyIntent;
import dev.tidemark.processor.read.SchemaIntent;
import dev.tidemark.processor.write.MigrationWriter;
import dev.tidemark.runtime.Acknowledgement;
import dev.tidemark.runtime.MigrationCatalog;
import dev.tidemark.runtime.diff.RenameHints;
import dev.tidemark.runtime.diff.SchemaDiff;
import dev.tidemark.runtime.diff.UnsupportedChangeException;
import dev.tidemark.runtime.operation.CustomOperation;
import dev.tidemark.runtime.internal.safety.Finding;
import dev.tidemark.runtime.internal.safety.Rule;
import dev.tidemark.runtime.internal.safety.SafetyReport;
import dev.tidemark.runtime.internal.safety.SafetyReview;
import dev.tidemark.runtime.internal.safety.TableFacts;
import dev.tidemark.runtime.operation.DropColumn;
import dev.tidemark.runtime.operation.DropTable;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * What one build does with the model: for each schema, load its ledger, diff the head snapshot
 * against the entities, then record the difference as the draft (dev mode), freeze it (freeze),
 * or fail on it (check mode); finally generate the migration classes of every revision.
 */
final class Autogenerate {

  private static final String SERVICE_FILE = "META-INF/services/" + MigrationCatalog.class.getName();

  private final ProcessorSettings settings;
  private final Reporter reporter;
  private final Filer filer;
  private final Elements elements;
  private final Trees trees;

  Autogenerate(ProcessorSettings settings, Reporter reporter, Filer filer, Elements elements, Trees trees) {
    this.settings = settings;
    this.reporter = reporter;
    this.filer = filer;
    this.elements = elements;
    this.trees = trees;
  }

  /**
   * One build's work; {@code packages} are the packages annotated {@code @AcknowledgeDrop};
   * {@code safety} the acknowledgements and element sites of each schema.
   */
  void run(ReadModel model, Collection<TypeElement> entities, Collection<PackageElement> packages,
      List<ManualDeclaration> manuals, SafetyIntent.BySchema safety) {
    Map<String, Ledger> ledgers = new TreeMap<>();
    schemas(model, manuals).forEach(schema -> ledgers.put(schema, Ledger.load(settings.ledgerDir(), schema)));
    if (!new HintCheck(reporter, entities, packages).hintsNameTheLedgers(ledgers.values(), model)) {
      return;
    }
    String basePackage = settings.generatedPackage().orElseGet(() -> commonPackage(entities) + ".migrations");
    List<ClassName> catalogs = new ArrayList<>();
    boolean froze = false;
    for (Ledger ledger : ledgers.values()) {
      String schema = ledger.schema();
      Schema target = model.schemas().getOrDefault(schema, Schema.empty(schema));
      List<ManualDeclaration> schemaManuals =
          manuals.stream().filter(manual -> manual.schema().equals(schema)).toList();
      Optional<Chain> chain = revisions(ledger, target, model, schemaManuals, safety.of(schema));
      if (chain.isEmpty() || chain.get().revisions().isEmpty()) {
        continue;
      }
      froze |= chain.get().froze();
      MigrationWriter writer = new MigrationWriter(schema, basePackage, entities);
      for (LedgerRevision revision : chain.get().revisions()) {
        emit(writer.migration(revision));
      }
      emit(writer.catalog(chain.get().revisions(), target.referencedSchemas()));
      catalogs.add(writer.catalogName());
    }
    if (settings.freezeName().isPresent() && !froze && reporter.errors() == 0) {
      reporter.error(null, Diagnostic.NOTHING_TO_FREEZE, settings.freezeName().get(),
          String.join(", ", schemas(model, manuals)), "its last revision");
    }
    if (!catalogs.isEmpty()) {
      writeServiceFile(catalogs, entities.toArray(Element[]::new));
    }
  }

  /** A schema's revisions after this build, and whether the build froze any. */
  private record Chain(List<LedgerRevision> revisions, boolean froze) {}

  /** The revisions to generate code for, after updating the ledger; empty after an error. */
  private Optional<Chain> revisions(Ledger ledger, Schema target, ReadModel model, List<ManualDeclaration> manuals,
      SafetyIntent safety) {
    String schema = ledger.schema();
    SchemaIntent intent = model.intent(schema);
    Optional<Changes> changes = changes(ledger, target, intent.renames());
    if (changes.isEmpty() || !frozenManualsUnchanged(ledger, manuals)) {
      return Optional.empty();
    }
    List<ManualDeclaration> newManuals = manuals.stream()
        .filter(manual -> ledger.frozenManual(manual.className()).isEmpty())
        .sorted(Comparator.comparing(ManualDeclaration::name))
        .toList();
    if (!newManualsFollowTheHead(ledger, newManuals)) {
      return Optional.empty();
    }
    Map<String, LedgerRevision.Script> newScripts = new TreeMap<>(SqlRevisionFiles.all(ledger.directory()));
    boolean placed = true;
    for (LedgerRevision frozen : ledger.frozen()) {
      if (newScripts.remove(frozen.id()) != null && frozen.script() == null) {
        reporter.error(null, Diagnostic.SQL_INVALID, ledger.directory().resolve(SqlRevisionFiles.upFile(frozen.id())),
            "frozen revision " + frozen.id() + " is not an SQL revision; number the file after the last frozen one");
        placed = false;
      }
    }
    if (!placed || !newScriptsFollowTheHead(ledger, newManuals.size(), newScripts)) {
      return Optional.empty();
    }
    List<LedgerRevision> revisions = new ArrayList<>(ledger.frozen());
    if (settings.check()) {
      ledger.drafts().forEach(draft -> reporter.error(null, Diagnostic.CHECK_DRAFT, schema, draft.id()));
      newManuals.stream()
          .filter(manual -> ledger.drafts().stream().noneMatch(draft -> draft.manual() != null
              && draft.manual().className().equals(manual.className())))
          .forEach(manual -> reporter.error(manual.element(), Diagnostic.CHECK_DRAFT, schema, manual.name()));
      newScripts.keySet().stream()
          .filter(id -> ledger.drafts().stream().noneMatch(draft -> draft.id().equals(id)))
          .forEach(id -> reporter.error(null, Diagnostic.CHECK_DRAFT, schema, id));
      reportUnrecorded(ledger, changes.get().upgrade(), model);
      return Optional.of(new Chain(revisions, false));
    }
    Optional<List<Acknowledgement>> accepted = reviewDraft(ledger, changes.get().upgrade(), intent, safety, model);
    if (accepted.isEmpty() || !handWrittenChangesTakenByABaseline(schema, changes.get().upgrade(), newScripts, model)) {
      return Optional.empty();
    }
    List<LedgerRevision> next = nextRevisions(ledger, newManuals, newScripts, changes.get(), accepted.get());
    LedgerWriter writer = new LedgerWriter(ledger);
    ledger.drafts().stream()
        .filter(stale -> next.stream().noneMatch(revision -> revision.id().equals(stale.id())))
        .forEach(writer::delete);
    for (LedgerRevision revision : next) {
      writer.write(revision);
      revisions.add(revision);
      if (revision.draft()) {
        reporter.note(Diagnostic.DRAFT_RECORDED, schema, revision.id(), revision.description());
      } else {
        reporter.note(Diagnostic.FROZEN, schema, revision.id());
      }
    }
    if (!revisions.isEmpty()) {
      String lastFrozen = revisions.stream().filter(revision -> !revision.draft())
          .reduce((first, second) -> second).map(LedgerRevision::id).orElse(null);
      writer.writeHead(target, revisions.get(revisions.size() - 1).id(), lastFrozen);
    }
    return Optional.of(new Chain(revisions, !next.isEmpty() && settings.freezeName().isPresent()));
  }

  /** Every frozen manual revision's class is still here, unchanged, and still declares its place. */
  private boolean frozenManualsUnchanged(Ledger ledger, List<ManualDeclaration> manuals) {
    boolean unchanged = true;
    for (LedgerRevision frozen : ledger.frozen()) {
      if (frozen.manual() == null) {
        continue;
      }
      Optional<ManualDeclaration> declared = manuals.stream()
          .filter(manual -> manual.className().equals(frozen.manual().className()))
          .findFirst();
      if (declared.isEmpty()) {
        reporter.error(null, Diagnostic.MANUAL_MISSING, frozen.id(), frozen.manual().className());
        unchanged = false;
      } else if (!frozen.manual().matches(codeChecksum(declared.get()), declared.get().sourceChecksum())) {
        reporter.error(declared.get().element(), Diagnostic.MANUAL_CHANGED, frozen.id(), frozen.manual().className(),
            "has different code (comments and formatting aside)");
        unchanged = false;
      } else if (!declared.get().after().equals(Objects.requireNonNullElse(frozen.parent(), ""))
          || !frozen.name().equals(declared.get().name())) {
        reporter.error(declared.get().element(), Diagnostic.MANUAL_CHANGED, frozen.id(), frozen.manual().className(),
            "declares another name or place");
        unchanged = false;
      }
    }
    return unchanged;
  }

  /** The checksum of a manual revision's code: its tokens, so comments and formatting may change. */
  private String codeChecksum(ManualDeclaration manual) {
    TreePath path = trees.getPath(manual.element());
    try {
      return ManualSource.checksum(path.getCompilationUnit().getSourceFile().getCharContent(true));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the source of " + manual.className() + " again", e);
    }
  }

  /** A manual revision joins the chain right after the last frozen revision, and nowhere else. */
  private boolean newManualsFollowTheHead(Ledger ledger, List<ManualDeclaration> newManuals) {
    String head = Objects.requireNonNullElse(ledger.head(), "");
    boolean placed = true;
    for (ManualDeclaration manual : newManuals) {
      if (!manual.after().equals(head)) {
        reporter.error(manual.element(), Diagnostic.MANUAL_POSITION, manual.className(), manual.after(),
            ledger.schema(), ledger.headForHumans(), head);
        placed = false;
      }
    }
    return placed;
  }

  /**
   * New SQL revisions are numbered on from the last frozen revision and the new manual revisions,
   * one after the other, and at most one of them is a baseline.
   */
  private boolean newScriptsFollowTheHead(Ledger ledger, int newManuals, Map<String, LedgerRevision.Script> newScripts) {
    boolean placed = true;
    int expected = ledger.frozen().size() + newManuals + 1;
    String after = ledger.headForHumans() + (newManuals == 0 ? "" : " and " + newManuals + " new manual revision(s)");
    for (String id : newScripts.keySet()) {
      int number = Integer.parseInt(id.substring(0, 4));
      if (number != expected) {
        String expectedId = String.format("%04d_%s", expected, id.substring(5));
        reporter.error(null, Diagnostic.SQL_POSITION, ledger.directory().resolve(SqlRevisionFiles.upFile(id)), number,
            ledger.schema(), expected, after, SqlRevisionFiles.upFile(expectedId));
        placed = false;
      }
      expected++;
    }
    List<String> baselines = newScripts.entrySet().stream()
        .filter(script -> script.getValue().baseline()).map(Map.Entry::getKey).toList();
    if (baselines.size() > 1) {
      reporter.error(null, Diagnostic.SQL_INVALID, ledger.directory().resolve(SqlRevisionFiles.upFile(baselines.get(1))),
          "it is a second baseline after " + baselines.get(0) + "; one baseline brings the schema to what the entities"
              + " say, so freeze it before adding another");
      placed = false;
    }
    return placed;
  }

  /**
   * The revisions after the ledger's head: new manual revisions (by name), new SQL revisions (by
   * number), then the entity changes; drafts, or frozen when freezing. The entity revision is
   * named by the freeze option. A new baseline SQL revision takes the entity changes as the schema
   * it leaves, so no entity revision follows it.
   */
  private List<LedgerRevision> nextRevisions(Ledger ledger, List<ManualDeclaration> newManuals,
      Map<String, LedgerRevision.Script> newScripts, Changes changes, List<Acknowledgement> accepted) {
    boolean freezing = settings.freezeName().isPresent();
    List<LedgerRevision> next = new ArrayList<>();
    String parent = ledger.head();
    int number = ledger.frozen().size() + 1;
    for (ManualDeclaration manual : newManuals) {
      LedgerRevision revision = LedgerRevision.manual(String.format("%04d_%s", number++, manual.name()), parent,
          !freezing, manual.name().replace('_', ' '),
          LedgerRevision.Manual.ofCode(manual.className(), codeChecksum(manual)));
      next.add(revision);
      parent = revision.id();
    }
    boolean changesTaken = false;
    for (Map.Entry<String, LedgerRevision.Script> script : newScripts.entrySet()) {
      boolean baseline = script.getValue().baseline();
      LedgerRevision revision = LedgerRevision.script(script.getKey(), parent, !freezing,
          script.getKey().substring(5).replace('_', ' '), script.getValue(),
          baseline ? changes.upgrade() : List.of(), baseline ? changes.downgrade() : List.of());
      changesTaken |= baseline;
      next.add(revision);
      parent = revision.id();
      number++;
    }
    if (!changes.upgrade().isEmpty() && !changesTaken) {
      String id = String.format("%04d_%s", number, settings.freezeName().orElse("draft"));
      String description = settings.freezeName().map(name -> name.replace('_', ' '))
          .orElseGet(() -> describe(changes.upgrade()));
      next.add(new LedgerRevision(id, parent, !freezing, description, changes.upgrade(), changes.downgrade())
          .acknowledging(accepted));
    }
    return next;
  }

  /**
   * Reviews the draft's operations under the build's safety policy and reports each finding on
   * the element behind it: an error when the policy blocks it, a warning when it warns, a note when
   * Tidemark runs its safe form. A table or column that disappears is a question, not silent data
   * loss: it needs an acknowledgement ({@code @Acknowledge}, or {@code @AcknowledgeDrop}, which is
   * the same acknowledgement of TM101 or TM102), or a {@code @RenamedFrom} that turns it into a
   * rename. An {@code @Acknowledge} that matches no risk is reported as stale.
   *
   * @return the acknowledgements the draft uses, to record with it; empty when a finding is blocked
   */
  private Optional<List<Acknowledgement>> reviewDraft(Ledger ledger, List<Operation> upgrade, SchemaIntent intent,
      SafetyIntent safety, ReadModel model) {
    List<Acknowledgement> acknowledgements = new ArrayList<>(acknowledgedDrops(upgrade, intent));
    safety.declared().forEach(declared -> acknowledgements.add(declared.acknowledgement()));
    SafetyReport report = SafetyReview.review(settings.safetyPolicy(), ledger.snapshot(), upgrade, acknowledgements,
        TableFacts.UNKNOWN);
    for (Finding finding : report.findings()) {
      Element site = safety.sites().of(finding.hazard().table(), finding.hazard().part()).orElse(null);
      switch (finding.verdict()) {
        case BLOCKED -> reportBlocked(ledger.schema(), finding, site, model);
        case WARNED -> reporter.warning(site, Diagnostic.SAFETY_WARNED, finding.message());
        case RENDERED_SAFELY -> reporter.note(site, Diagnostic.SAFETY_RENDERED_SAFELY, finding.message());
        case ACKNOWLEDGED -> { }
      }
    }
    for (SafetyIntent.Declared declared : safety.declared()) {
      if (report.unusedAcknowledgements().contains(declared.acknowledgement())) {
        reporter.warning(declared.element(), declared.annotation(), Diagnostic.ACKNOWLEDGEMENT_UNUSED,
            declared.acknowledgement().rule(), declared.acknowledgement().target(), ledger.schema());
      }
    }
    if (!report.allowed()) {
      return Optional.empty();
    }
    return Optional.of(report.findings().stream().map(Finding::acknowledgement).filter(Objects::nonNull).toList());
  }

  /** {@code @AcknowledgeDrop}, deprecated: each drop it names is an acknowledgement of TM101 or TM102. */
  private static List<Acknowledgement> acknowledgedDrops(List<Operation> upgrade, SchemaIntent intent) {
    List<Acknowledgement> drops = new ArrayList<>();
    for (Operation operation : upgrade) {
      if (operation instanceof DropTable drop && intent.dropAcknowledged(drop.table())) {
        drops.add(Acknowledgement.onTable(Rule.DROP_TABLE.id(), drop.table(), ACKNOWLEDGED_DROP));
      } else if (operation instanceof DropColumn drop && intent.dropAcknowledged(drop.table(), drop.column())) {
        drops.add(Acknowledgement.onPart(Rule.DROP_COLUMN.id(), drop.table(), drop.column(), ACKNOWLEDGED_DROP));
      }
    }
    return drops;
  }

  private static final String ACKNOWLEDGED_DROP = "@AcknowledgeDrop";

  /** A blocked drop is asked as the question it is (renamed, or really gone?); any other blocked risk as it is. */
  private void reportBlocked(String schema, Finding finding, Element site, ReadModel model) {
    String table = finding.hazard().table();
    if (finding.rule() == Rule.DROP_TABLE) {
      reporter.error(null, Diagnostic.DROP_TABLE_QUESTION, schema, table, table, table);
    } else if (finding.rule() == Rule.DROP_COLUMN) {
      String column = finding.hazard().part();
      Optional<TypeElement> entity = model.origin(schema, table);
      String owner = entity.map(type -> type.getSimpleName().toString()).orElse("its entity");
      reporter.error(entity.orElse(null), Diagnostic.DROP_COLUMN_QUESTION, table, column, owner, column, column, owner);
    } else {
      reporter.error(site, Diagnostic.SAFETY_BLOCKED, finding.message());
    }
  }

  /**
   * A change only a hand-written revision can make (a table made partitioned) is recorded only by a
   * new baseline SQL revision, which does it and takes the entities' state as the schema it leaves.
   */
  private boolean handWrittenChangesTakenByABaseline(String schema, List<Operation> upgrade,
      Map<String, LedgerRevision.Script> newScripts, ReadModel model) {
    if (newScripts.values().stream().anyMatch(LedgerRevision.Script::baseline)) {
      return true;
    }
    boolean none = true;
    for (Operation operation : upgrade) {
      if (operation instanceof CustomOperation custom && custom.needsHandWrittenRevision().isPresent()) {
        reporter.error(model.origin(schema, custom.subject()).orElse(null), Diagnostic.HAND_WRITTEN_CHANGE, schema,
            custom.needsHandWrittenRevision().get());
        none = false;
      }
    }
    return none;
  }

  /** The operations from the ledger's head to the entities, and back. */
  private record Changes(List<Operation> upgrade, List<Operation> downgrade) {}

  private Optional<Changes> changes(Ledger ledger, Schema target, RenameHints renames) {
    try {
      return Optional.of(new Changes(SchemaDiff.between(ledger.snapshot(), target, renames),
          SchemaDiff.between(target, ledger.snapshot(), renames.reversed())));
    } catch (UnsupportedChangeException e) {
      reporter.error(null, Diagnostic.UNSUPPORTED_CHANGE, ledger.schema(), e.getMessage());
      return Optional.empty();
    }
  }

  /** Check mode: one error per entity whose table changed, one more for changes no entity owns. */
  private void reportUnrecorded(Ledger ledger, List<Operation> upgrade, ReadModel model) {
    Map<String, List<String>> bySubject = new TreeMap<>();
    for (Operation operation : upgrade) {
      bySubject.computeIfAbsent(operation.subject(), subject -> new ArrayList<>()).add(operation.describe());
    }
    List<String> unowned = new ArrayList<>();
    bySubject.forEach((subject, changes) -> model.origin(ledger.schema(), subject).ifPresentOrElse(
        entity -> reporter.error(entity, Diagnostic.CHECK_FAILED, ledger.schema(), ledger.headForHumans(),
            String.join("; ", changes)),
        () -> unowned.addAll(changes)));
    if (!unowned.isEmpty()) {
      reporter.error(null, Diagnostic.CHECK_FAILED, ledger.schema(), ledger.headForHumans(), String.join("; ", unowned));
    }
  }

  /** Schemas the entities and manual revisions name, and schemas whose ledger exists though none names them. */
  private TreeSet<String> schemas(ReadModel model, List<ManualDeclaration> manuals) {
    TreeSet<String> schemas = new TreeSet<>(model.schemas().keySet());
    manuals.forEach(manual -> schemas.add(manual.schema()));
    schemas.addAll(Ledger.schemasIn(settings.ledgerDir()));
    return schemas;
  }

  /** A draft's description: its changes when there are a few, else what they touch. */
  private static String describe(List<Operation> operations) {
    if (operations.size() <= 3) {
      return operations.stream().map(Operation::describe).collect(Collectors.joining("; "));
    }
    return operations.size() + " changes to "
        + String.join(", ", new TreeSet<>(operations.stream().map(Operation::subject).toList()));
  }

  private String commonPackage(Collection<TypeElement> entities) {
    List<String[]> packages = entities.stream()
        .map(entity -> {
          PackageElement pkg = elements.getPackageOf(entity);
          return pkg.isUnnamed() ? new String[0] : pkg.getQualifiedName().toString().split("\\.");
        })
        .toList();
    List<String> common = new ArrayList<>(List.of(packages.get(0)));
    for (String[] segments : packages) {
      int shared = 0;
      while (shared < common.size() && shared < segments.length && common.get(shared).equals(segments[shared])) {
        shared++;
      }
      common = new ArrayList<>(common.subList(0, shared));
    }
    return common.isEmpty() ? "tidemark" : String.join(".", common);
  }

  /** Writes a source through the Filer; a failure (a class of that name exists already) is an error, not a crash. */
  private void emit(JavaFile file) {
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      reporter.error(null, Diagnostic.GENERATED_IO, file.packageName() + "." + file.typeSpec().name(), e.getMessage());
    }
  }

  private void writeServiceFile(List<ClassName> catalogs, Element[] originating) {
    try {
      FileObject resource = filer.createResource(StandardLocation.CLASS_OUTPUT, "", SERVICE_FILE, originating);
      try (Writer writer = resource.openWriter()) {
        writer.write(catalogs.stream().map(ClassName::canonicalName).sorted()
            .collect(Collectors.joining("\n", "", "\n")));
      }
    } catch (IOException e) {
      reporter.error(null, Diagnostic.GENERATED_IO, SERVICE_FILE, e.getMessage());
    }
  }
}
