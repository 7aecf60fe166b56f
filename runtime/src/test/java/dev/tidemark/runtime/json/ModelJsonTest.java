package dev.tidemark.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.tidemark.runtime.operation.AddCheck;
import dev.tidemark.runtime.operation.AlterColumnType;
import dev.tidemark.runtime.operation.Operation;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.testing.EveryOperation;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelJsonTest {

  @Test
  void theFixtureCoversEveryOperationKind() {
    Set<Class<?>> kinds = Arrays.stream(Operation.class.getPermittedSubclasses()).collect(Collectors.toSet());

    assertEquals(kinds, EveryOperation.list().stream()
        .map(operation -> kinds.stream().filter(kind -> kind.isInstance(operation)).findFirst().orElseThrow())
        .collect(Collectors.toSet()));
  }

  @Test
  void everyOperationSurvivesTheRoundTripThroughCanonicalJson() {
    List<Operation> operations = EveryOperation.list();
    String json = CanonicalJson.write(ModelJson.operations(operations));

    List<Operation> read = ModelJson.operations(
        JsonFields.root(CanonicalJson.parse("{\"operations\": " + json + "}")), "operations");

    assertEquals(operations, read);
    assertEquals(json, CanonicalJson.write(ModelJson.operations(read)));
  }

  @Test
  void aTypeChangeWritesItsConversionOnlyWhenItHasOne() {
    String cast = CanonicalJson.write(ModelJson.operations(List.of(new AlterColumnType("t", "side", "varchar(255)"))));
    String converted = CanonicalJson.write(ModelJson.operations(List.of(
        new AlterColumnType("t", "side", "varchar(255)", "(case \"side\" when 0 then 'BUY' end)::varchar(255)"))));

    // A ledger written before conversions existed reads and checksums as it did.
    assertFalse(cast.contains("using"), cast);
    assertEquals(List.of(new AlterColumnType("t", "side", "varchar(255)",
            "(case \"side\" when 0 then 'BUY' end)::varchar(255)")),
        ModelJson.operations(JsonFields.root(CanonicalJson.parse("{\"operations\": " + converted + "}")), "operations"));
  }

  @Test
  void aCheckWritesItsEnumConstantsOnlyWhenItHasThem() {
    AddCheck plain = new AddCheck("t", CheckConstraint.check("t_side_check", "\"side\" in ('BUY', 'SELL')"));
    AddCheck ordinals = new AddCheck("t",
        CheckConstraint.enumCheck("t_side_check", "\"side\" between 0 and 1", "SELL", "BUY"));
    String plainJson = CanonicalJson.write(ModelJson.operations(List.of(plain)));
    String ordinalsJson = CanonicalJson.write(ModelJson.operations(List.of(ordinals)));

    // A ledger written before enum constants were recorded reads and checksums as it did.
    assertFalse(plainJson.contains("enum_constants"), plainJson);
    assertEquals(List.of(ordinals),
        ModelJson.operations(JsonFields.root(CanonicalJson.parse("{\"operations\": " + ordinalsJson + "}")), "operations"));
  }

  @Test
  void canonicalJsonSortsKeysAndEndsWithOneNewline() {
    String json = CanonicalJson.write(CanonicalJson.object().put("b", 1).put("a", "x"));

    assertEquals("{\n  \"a\": \"x\",\n  \"b\": 1\n}\n", json);
  }

  @Test
  void anUnknownOperationNamesItsPath() {
    LedgerFormatException failure = assertThrows(LedgerFormatException.class, () -> ModelJson.operations(
        JsonFields.root(CanonicalJson.parse("{\"up\": [{\"op\": \"truncate\", \"table\": \"t\"}]}")), "up"));

    assertEquals("up[0].op", failure.field());
  }

  @Test
  void anUnknownFieldIsRefusedRatherThanIgnored() {
    LedgerFormatException failure = assertThrows(LedgerFormatException.class, () -> ModelJson.operations(
        JsonFields.root(CanonicalJson.parse("{\"up\": [{\"op\": \"drop_table\", \"table\": \"t\", \"cascade\": true}]}")),
        "up"));

    assertEquals("up[0].cascade", failure.field());
  }

  @Test
  void aTypeThatIsNotATypeNameIsRefusedBeforeItReachesSql() {
    LedgerFormatException failure = assertThrows(LedgerFormatException.class, () -> ModelJson.operations(
        JsonFields.root(CanonicalJson.parse("{\"up\": [{\"op\": \"alter_column_type\", \"table\": \"t\","
            + " \"column\": \"c\", \"type\": \"int; drop table t\"}]}")), "up"));

    assertEquals("up[0]", failure.field());
  }
}
