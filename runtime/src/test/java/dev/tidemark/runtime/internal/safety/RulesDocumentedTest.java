package dev.tidemark.runtime.internal.safety;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's table of rules is the one users read; it must say what the rules say. */
class RulesDocumentedTest {

  @Test
  void theReadmeListsEveryRuleAsItIs() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    for (Rule rule : Rule.values()) {
      String row = "| " + rule.id() + " | " + rule.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " | "
          + rule.summary() + " | " + rule.safeAlternative() + " |";
      assertTrue(readme.contains(row), "README.md lacks the row\n" + row);
    }
  }
}
