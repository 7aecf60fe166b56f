package dev.tidemark.processor.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A manual revision's checksum covers its code: tokens count, comments and whitespace between them do not. */
class ManualSourceTest {

  private static final String CODE = """
      class Seed {
        int next(int a, int b) {
          return a++ + b;
        }
      }
      """;

  @Test
  void commentsAndFormattingDoNotCount() {
    String reformatted = """
        /** Seeds. */
        class Seed
        {
          // increments a
          int next(int a,
                   int b) { return a++ /* first */ + b; }
        }
        """;

    assertEquals(ManualSource.checksum(CODE), ManualSource.checksum(reformatted));
  }

  @Test
  void aChangedOperatorNameOrLiteralCounts() {
    assertNotEquals(ManualSource.checksum(CODE), ManualSource.checksum(CODE.replace("a++ + b", "a + ++b")));
    assertNotEquals(ManualSource.checksum(CODE), ManualSource.checksum(CODE.replace("next", "nxt")));
    assertNotEquals(ManualSource.checksum("var s = \"a b\";"), ManualSource.checksum("var s = \"a  b\";"));
  }

  @Test
  void literalsAreTokensWithTheirWhitespaceAndCommentLikeContent() {
    assertEquals(List.of("s", "=", "\"// not a comment \\\" here\"", "+", "'\\''", "+", "\"\"\" \n  /* kept */ \"\"\"",
            ";"),
        ManualSource.tokens("s = \"// not a comment \\\" here\" + '\\'' + \"\"\" \n  /* kept */ \"\"\";"));
  }

  @Test
  void numbersKeepTheirExponentSign() {
    assertEquals(List.of("x", "=", "1.5e-3", "+", "0x1F", "-", "1", ";"), ManualSource.tokens("x = 1.5e-3 + 0x1F - 1;"));
  }
}
