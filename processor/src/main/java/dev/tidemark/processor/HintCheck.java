package dev.tidemark.processor;

import dev.tidemark.annotations.AcknowledgeDrop;
import dev.tidemark.annotations.RenamedFrom;
import dev.tidemark.processor.ledger.Ledger;
import dev.tidemark.processor.read.ReadModel;
import dev.tidemark.processor.read.SchemaIntent;
import dev.tidemark.runtime.diff.RenameHints;
import dev.tidemark.runtime.schema.Column;
import dev.tidemark.runtime.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;

/**
 * Checks that every {@code @RenamedFrom} and {@code @AcknowledgeDrop} names something the ledger
 * has. A name that matches nothing is most likely a typo: unchecked, a mistyped rename would ask
 * the drop question about the column it meant, and a mistyped acknowledgement would do nothing.
 * Each error is reported on the annotation's value, with the closest names the ledger has.
 *
 * <p>A hint that has done its work is no slip: a rename whose new name the ledger already has,
 * or an acknowledgement of a table or column some frozen revision had.
 */
final class HintCheck {

  private static final int CLOSEST = 3;

  private final Reporter reporter;
  private final List<TypeElement> entities;
  private final List<PackageElement> packages;

  HintCheck(Reporter reporter, Collection<TypeElement> entities, Collection<PackageElement> packages) {
    this.reporter = reporter;
    this.entities = entities.stream()
        .sorted(Comparator.comparing(entity -> entity.getQualifiedName().toString())).toList();
    this.packages = packages.stream()
        .sorted(Comparator.comparing(pkg -> pkg.getQualifiedName().toString())).toList();
  }

  /** Reports every hint that names nothing in the ledgers of its schema; true when there is none. */
  boolean hintsNameTheLedgers(Collection<Ledger> ledgers, ReadModel model) {
    int errorsBefore = reporter.errors();
    ledgers.forEach(ledger -> checkRenames(ledger, model));
    ledgers.forEach(ledger -> checkDroppedColumns(ledger, model));
    checkDroppedTables(ledgers, model);
    return reporter.errors() == errorsBefore;
  }

  private void checkRenames(Ledger ledger, ReadModel model) {
    SchemaIntent intent = model.intent(ledger.schema());
    for (RenameHints.TableRename rename : intent.renames().tables()) {
      if (ledger.snapshot().table(rename.from()).isEmpty() && ledger.snapshot().table(rename.to()).isEmpty()) {
        report(renamedFrom(model.origin(ledger.schema(), rename.to()), rename.from()), Diagnostic.RENAMED_FROM_UNKNOWN,
            "table", rename.from(), ledger.schema(), ledger.headForHumans(), closest(rename.from(), tableNames(ledger)));
      }
    }
    for (RenameHints.ColumnRename rename : intent.renames().columns()) {
      Optional<Table> before = tableBefore(ledger, intent, rename.table());
      if (before.flatMap(table -> table.column(rename.from())).isEmpty()
          && before.flatMap(table -> table.column(rename.to())).isEmpty()) {
        List<String> columns = before.map(table -> table.columns().stream().map(Column::name).toList()).orElse(List.of());
        report(renamedFrom(model.origin(ledger.schema(), rename.table()), rename.from()),
            Diagnostic.RENAMED_FROM_UNKNOWN, "column", rename.table() + "." + rename.from(), ledger.schema(),
            ledger.headForHumans(), closest(rename.from(), columns));
      }
    }
  }

  private void checkDroppedColumns(Ledger ledger, ReadModel model) {
    // Sorted, so the errors come in the same order on every build.
    new TreeMap<>(model.intent(ledger.schema()).droppedColumns()).forEach((table, columns) -> columns.stream()
        .sorted()
        .filter(column -> !ledger.everHad(table, column))
        .forEach(column -> report(
            acknowledgement("columns", column, model.origin(ledger.schema(), table).stream().toList(), false),
            Diagnostic.ACKNOWLEDGE_DROP_UNKNOWN, "column", table + "." + column, ledger.schema(),
            closest(column, ledger.history().getOrDefault(table, Set.of())))));
  }

  /**
   * A table acknowledgement without a schema applies to every schema, so it is a slip only when no
   * ledger it applies to ever had the table.
   */
  private void checkDroppedTables(Collection<Ledger> ledgers, ReadModel model) {
    Map<String, List<Ledger>> ledgersByTable = new TreeMap<>();
    for (Ledger ledger : ledgers) {
      model.intent(ledger.schema()).droppedTables()
          .forEach(table -> ledgersByTable.computeIfAbsent(table, name -> new ArrayList<>()).add(ledger));
    }
    ledgersByTable.forEach((table, candidates) -> {
      if (candidates.stream().noneMatch(ledger -> ledger.everHad(table))) {
        report(acknowledgement("tables", table, entities, true), Diagnostic.ACKNOWLEDGE_DROP_UNKNOWN, "table", table,
            candidates.stream().map(Ledger::schema).collect(Collectors.joining(", ")),
            closest(table, candidates.stream().flatMap(ledger -> ledger.history().keySet().stream()).distinct().toList()));
      }
    });
  }

  /** Where a hint was written: the element, and where found the annotation and its value. */
  private record Site(Element element, AnnotationMirror annotation, AnnotationValue value) {}

  private void report(Site site, Diagnostic diagnostic, Object... arguments) {
    reporter.error(site.element(), site.annotation(), site.value(), diagnostic, arguments);
  }

  /** The table a column hint looks in: the table's name before a rename the ledger has yet to record. */
  private static Optional<Table> tableBefore(Ledger ledger, SchemaIntent intent, String table) {
    String before = intent.renames().tables().stream()
        .filter(rename -> rename.to().equals(table) && ledger.snapshot().table(rename.from()).isPresent())
        .map(RenameHints.TableRename::from)
        .findFirst().orElse(table);
    return ledger.snapshot().table(before);
  }

  private static List<String> tableNames(Ledger ledger) {
    return ledger.snapshot().tables().stream().map(Table::name).toList();
  }

  /**
   * The {@code @RenamedFrom} that named {@code name}: on the entity itself, or on a field or getter
   * of it or of its superclasses.
   */
  private static Site renamedFrom(Optional<TypeElement> entity, String name) {
    if (entity.isEmpty()) {
      return new Site(null, null, null);
    }
    List<Element> candidates = new ArrayList<>();
    candidates.add(entity.get());
    for (TypeElement type = entity.get(); type != null; type = superclass(type)) {
      candidates.addAll(ElementFilter.fieldsIn(type.getEnclosedElements()));
      candidates.addAll(ElementFilter.methodsIn(type.getEnclosedElements()));
    }
    return candidates.stream()
        .flatMap(element -> annotation(element, RenamedFrom.class.getName()).stream()
            .flatMap(mirror -> values(mirror, "value").stream()
                .filter(value -> sameName((String) value.getValue(), name))
                .map(value -> new Site(element, mirror, value))))
        .findFirst()
        .orElse(new Site(entity.get(), null, null));
  }

  /** The {@code @AcknowledgeDrop} value that named {@code name}, on one of {@code owners} or a package. */
  private Site acknowledgement(String attribute, String name, List<? extends Element> owners, boolean packagesToo) {
    List<Element> searched = Stream.concat(owners.stream(), packagesToo ? packages.stream() : Stream.empty())
        .map(Element.class::cast).toList();
    return searched.stream()
        .flatMap(element -> annotation(element, AcknowledgeDrop.class.getName()).stream()
            .flatMap(mirror -> values(mirror, attribute).stream()
                .filter(value -> sameName(unqualified((String) value.getValue()), name))
                .map(value -> new Site(element, mirror, value))))
        .findFirst()
        .orElse(new Site(searched.isEmpty() ? null : searched.get(0), null, null));
  }

  private static TypeElement superclass(TypeElement type) {
    return type.getSuperclass() instanceof DeclaredType declared ? (TypeElement) declared.asElement() : null;
  }

  private static Optional<AnnotationMirror> annotation(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .filter(mirror -> ((TypeElement) mirror.getAnnotationType().asElement())
            .getQualifiedName().contentEquals(qualifiedName))
        .map(AnnotationMirror.class::cast)
        .findFirst();
  }

  /** The values of one attribute as written: each element of an array, or the single value. */
  private static List<AnnotationValue> values(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue().getValue() instanceof List<?> list
            ? list.stream().map(AnnotationValue.class::cast).toList()
            : List.of(entry.getValue());
      }
    }
    return List.of();
  }

  private static String unqualified(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /**
   * Whether an annotation value is the one a name came from. The reader hands over names as
   * Hibernate's naming made them ({@code riskLimit} may become {@code risk_limit} or
   * {@code risklimit}); letters and digits, in lower case, survive every strategy.
   */
  private static boolean sameName(String written, String stored) {
    return letters(written).equals(letters(stored));
  }

  private static String letters(String name) {
    return name.replaceAll("[^\\p{L}\\p{N}]", "").toLowerCase(Locale.ROOT);
  }

  /** Up to three of {@code names} closest to {@code name} by edit distance, for "did you mean". */
  static String closest(String name, Collection<String> names) {
    if (names.isEmpty()) {
      return "none";
    }
    return names.stream()
        .sorted(Comparator.comparingInt((String candidate) -> editDistance(name, candidate))
            .thenComparing(Comparator.naturalOrder()))
        .limit(CLOSEST)
        .collect(Collectors.joining(", "));
  }

  /** Levenshtein distance: insertions, deletions and substitutions of one character each. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
