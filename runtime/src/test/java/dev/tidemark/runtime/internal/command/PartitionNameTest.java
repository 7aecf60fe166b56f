package dev.tidemark.runtime.internal.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.schema.PostgresNames;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartitionNameTest {

  @Test
  void aShortTableKeepsItsWholeName() {
    assertEquals("trades_p20261201", PartitionCommand.partitionName("trades", LocalDate.of(2026, 12, 1)));
  }

  @Test
  void aLongTableNameIsCutButNeverTheDateSoTwoMonthsNeverShareAName() {
    String table = "market_data_bars_by_instrument_interval_and_bar_time_utc_x";

    String december = PartitionCommand.partitionName(table, LocalDate.of(2026, 12, 1));
    String january = PartitionCommand.partitionName(table, LocalDate.of(2027, 1, 1));

    assertNotEquals(december, january);
    assertTrue(december.endsWith("_p20261201"), december);
    assertEquals(PostgresNames.MAX_IDENTIFIER_BYTES, december.getBytes(StandardCharsets.UTF_8).length);
  }
}
