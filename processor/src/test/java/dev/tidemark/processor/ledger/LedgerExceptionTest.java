package dev.tidemark.processor.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.tidemark.processor.Diagnostic;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** File failures read as what went wrong, not as a bare path (what NIO gives as the message). */
class LedgerExceptionTest {

  @Test
  void anUnreadableOrUnwritableLedgerPathSaysPermissionDenied() {
    Path file = Path.of("/ledger/public/head.json");

    LedgerException failure = LedgerException.io("write", file, new AccessDeniedException(file.toString()));

    assertEquals(Diagnostic.LEDGER_IO, failure.diagnostic());
    assertEquals(Diagnostic.LEDGER_IO.format("write", file, "permission denied"), failure.getMessage());
  }
}
