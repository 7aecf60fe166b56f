package dev.tidemark.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsAreTheSizesOfTheIssue() {
    Settings settings = Settings.parse(new String[0]);

    assertEquals(Set.copyOf(Settings.PARTS), settings.parts());
    assertEquals(200, settings.revisions());
    assertEquals(1000, settings.entities());
    assertEquals(List.of(10, 100, 500), settings.ledgerSizes());
    assertEquals(List.of(100, 1000, 10000), settings.scaleTables());
  }

  @Test
  void onePartAndOtherSizes() {
    Settings settings = Settings.parse(new String[] {"--part=boot,apply", "--revisions=50", "--runs=3"});

    assertEquals(Set.of("boot", "apply"), settings.parts());
    assertEquals(50, settings.revisions());
    assertEquals(3, settings.runs());
  }

  @Test
  void everyBadFlagIsReportedAtOnce() {
    IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
        () -> Settings.parse(new String[] {"--part=boots", "--runs=0", "--sizes=3", "--entities=5", "--ledger-sizes=10"}));

    String message = failure.getMessage();
    assertTrue(message.contains("--part is 'boots'"), message);
    assertTrue(message.contains("--runs is '0'"), message);
    assertTrue(message.contains("unknown flag '--sizes=3'"), message);
    assertTrue(message.contains("--ledger-sizes must not exceed --entities (5)"), message);
    assertTrue(message.contains("Flags (--name=value)"), message);
  }
}
