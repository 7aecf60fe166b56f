package dev.tidemark.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class DurationConverterTest {

  private final DurationConverter converter = new DurationConverter();

  @Test
  void readsTheShortFormsAndIso8601() {
    assertEquals(Duration.ofMillis(500), converter.convert("500ms"));
    assertEquals(Duration.ofSeconds(5), converter.convert("5s"));
    assertEquals(Duration.ofMinutes(2), converter.convert("2m"));
    assertEquals(Duration.ofHours(1), converter.convert("1h"));
    assertEquals(Duration.ofSeconds(90), converter.convert("PT1M30S"));
  }

  @Test
  void refusesAnythingElseSayingWhatItTakes() {
    TypeConversionException refused = assertThrows(TypeConversionException.class, () -> converter.convert("5 sec"));
    assertEquals("'5 sec' is not a duration; use 500ms, 5s, 2m, 1h or PT5S", refused.getMessage());
  }
}
