package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidemark.cli.CliProcess.Result;
import dev.tidemark.cli.fixture.V0001_CreateBooks;
import dev.tidemark.cli.fixture.V0002_AddBooksIsbn;
import dev.tidemark.cli.fixture.V0003_CreateAuthors;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The {@code --json} documents a deploy pipeline reads: parsed back, with their field names pinned. */
class JsonIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CliDatabase database = CliDatabase.fresh();

  @Test
  void status() throws Exception {
    JsonNode fresh = parse(database.tidemark("status", "--json"), ExitCodes.OK);
    assertEquals(Set.of("schema", "current", "head", "upToDate", "pending", "drafts", "staleDrafts", "ahead",
        "divergence"),
        fieldNames(fresh));
    assertTrue(fresh.get("current").isNull());
    assertEquals(V0003_CreateAuthors.ID, fresh.get("head").asText());

    database.tidemark("upgrade", V0001_CreateBooks.ID);
    JsonNode partial = parse(database.tidemark("status", "--json", "--exit-code"), ExitCodes.PENDING);

    assertEquals("cli_books", partial.get("schema").asText());
    assertEquals(V0001_CreateBooks.ID, partial.get("current").asText());
    assertFalse(partial.get("upToDate").asBoolean());
    assertEquals(List.of(V0002_AddBooksIsbn.ID, V0003_CreateAuthors.ID), texts(partial.get("pending")));
    assertEquals(List.of(), texts(partial.get("ahead")));
  }

  @Test
  void history() throws Exception {
    database.tidemark("upgrade", V0001_CreateBooks.ID);
    database.tidemark("stamp", V0002_AddBooksIsbn.ID);

    JsonNode history = parse(database.tidemark("history", "--json"), ExitCodes.OK);

    assertEquals(Set.of("schema", "entries"), fieldNames(history));
    JsonNode entries = history.get("entries");
    assertEquals(2, entries.size());
    JsonNode applied = entries.get(0);
    assertEquals(Set.of("installedRank", "revision", "description", "checksum", "appliedAt", "appliedBy",
        "executionMillis", "draft", "stamped"), fieldNames(applied));
    assertEquals(new V0001_CreateBooks().revision().checksum(), applied.get("checksum").asText());
    assertEquals(1, applied.get("installedRank").asInt());
    assertEquals(V0001_CreateBooks.ID, applied.get("revision").asText());
    assertEquals("create books", applied.get("description").asText());
    assertTrue(Instant.parse(applied.get("appliedAt").asText()).isBefore(Instant.now()));
    assertFalse(applied.get("appliedBy").asText().isEmpty());
    assertTrue(applied.get("executionMillis").isIntegralNumber());
    assertFalse(applied.get("stamped").asBoolean());
    assertTrue(entries.get(1).get("stamped").asBoolean());
  }

  @Test
  void verify() throws Exception {
    database.tidemark("upgrade");
    JsonNode clean = parse(database.tidemark("verify", "--json"), ExitCodes.OK);
    assertEquals(Set.of("schema", "revision", "clean", "pending", "differences"), fieldNames(clean));
    assertTrue(clean.get("clean").asBoolean());
    assertEquals(V0003_CreateAuthors.ID, clean.get("revision").asText());

    database.execute("alter table cli_books.books add column shelf text");
    database.execute("alter table cli_books.authors alter column name drop not null");
    JsonNode drift = parse(database.tidemark("verify", "--json"), ExitCodes.DRIFT);

    assertFalse(drift.get("clean").asBoolean());
    List<String> found = new ArrayList<>();
    for (JsonNode difference : drift.get("differences")) {
      assertEquals(Set.of("kind", "object", "expected", "actual"), fieldNames(difference));
      found.add(difference.get("kind").asText() + " " + difference.get("object").asText());
      if (difference.get("kind").asText().equals("EXTRA_COLUMN")) {
        assertTrue(difference.get("expected").isNull(), difference::toString);
        assertEquals("shelf text", difference.get("actual").asText());
      }
    }
    assertEquals(Set.of("EXTRA_COLUMN books.shelf", "COLUMN_NULLABILITY authors.name"), new TreeSet<>(found));
  }

  @Test
  void changingVerbsReportAndPlanAsJson() throws Exception {
    JsonNode adopt = parse(database.tidemark("adopt", "--dry-run", "--json"), ExitCodes.OK);
    assertEquals(Set.of("schema", "outcome", "revision", "differences", "bridge", "leftAlone"), fieldNames(adopt));
    assertEquals("WOULD_UPGRADE", adopt.get("outcome").asText());

    JsonNode plan = parse(database.tidemark("upgrade", V0001_CreateBooks.ID, "--dry-run", "--json"), ExitCodes.OK);
    assertEquals(Set.of("schema", "from", "to", "upgrade", "revertedDrafts", "revisions", "sql"), fieldNames(plan));
    assertEquals(List.of(V0001_CreateBooks.ID), texts(plan.get("revisions")));

    JsonNode upgrade = parse(database.tidemark("upgrade", "--json"), ExitCodes.OK);
    assertEquals(Set.of("schema", "revertedDrafts", "applied", "head", "elapsedMillis"), fieldNames(upgrade));
    assertEquals(Set.of("revision", "description", "executionMillis"), fieldNames(upgrade.get("applied").get(0)));
    assertEquals(V0003_CreateAuthors.ID, upgrade.get("head").asText());

    JsonNode downgrade = parse(database.tidemark("downgrade", "-1", "--json"), ExitCodes.OK);
    assertEquals(Set.of("schema", "reverted", "head", "elapsedMillis"), fieldNames(downgrade));
    assertEquals(V0002_AddBooksIsbn.ID, downgrade.get("head").asText());

    JsonNode stampPlan = parse(database.tidemark("stamp", "base", "--dry-run", "--json"), ExitCodes.OK);
    assertEquals(Set.of("schema", "head", "recorded", "removed"), fieldNames(stampPlan));
    assertEquals(List.of(V0002_AddBooksIsbn.ID, V0001_CreateBooks.ID), texts(stampPlan.get("removed")));
    assertTrue(stampPlan.get("head").isNull());

    JsonNode repair = parse(database.tidemark("repair", "--json"), ExitCodes.OK);
    assertEquals(Set.of("schema", "reverted", "forgotten"), fieldNames(repair));
  }

  private static JsonNode parse(Result result, int exitCode) throws Exception {
    assertEquals(exitCode, result.exitCode(), result::all);
    return JSON.readTree(result.out());
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
