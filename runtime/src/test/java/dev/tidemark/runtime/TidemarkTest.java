package dev.tidemark.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TidemarkTest {

  @Test
  void withoutAGeneratedCatalogTheBootSaysTheProcessorLikelyNeverRanAndHowToFixIt() {
    // This module's test classpath registers no catalog, as a service built without the processor.
    TidemarkException thrown = assertThrows(TidemarkException.class, () -> Tidemark.migrate(null));

    assertEquals(ErrorCode.NO_CATALOG, thrown.code());
    assertTrue(thrown.getMessage().contains("did not run when it was compiled"), thrown.getMessage());
    assertTrue(thrown.getMessage().contains("Pin maven-compiler-plugin 3.14.0 with dev.tidemark:tidemark-processor in"
        + " its annotationProcessorPaths"), thrown.getMessage());
  }
}
