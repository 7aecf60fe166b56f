package dev.tidemark.runtime.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PartitionNameTest {

  @Test
  void aShortTableKeepsItsWholeName() {
    assertEquals("trades_p20261201", RangePartitioning.partitionName("trades", LocalDate.of(2026, 12, 1)));
  }

  @Test
  void aLongTableNameIsCutButNeverTheDateSoTwoMonthsNeverShareAName() {
    String table = "market_data_bars_by_instrument_interval_and_bar_time_utc_x";

    String december = RangePartitioning.partitionName(table, LocalDate.of(2026, 12, 1));
    String january = RangePartitioning.partitionName(table, LocalDate.of(2027, 1, 1));

    assertNotEquals(december, january);
    assertTrue(december.endsWith("_p20261201"), december);
    assertEquals(PostgresNames.MAX_IDENTIFIER_BYTES, december.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void partitionNamesAreToldFromOtherTablesWithTheSamePrefix() {
    String longTable = "market_data_bars_by_instrument_interval_and_bar_time_utc_x";

    assertTrue(RangePartitioning.isPartitionName("trades", "trades_p20261201"));
    assertTrue(RangePartitioning.isPartitionName(longTable,
        RangePartitioning.partitionName(longTable, LocalDate.of(2027, 1, 1))));
    assertFalse(RangePartitioning.isPartitionName("trades", "trades_p2026120"));
    assertFalse(RangePartitioning.isPartitionName("trades", "trades_p2026120x"));
    assertFalse(RangePartitioning.isPartitionName("trades", "trades_archive"));
    assertFalse(RangePartitioning.isPartitionName("trades", "trades_before_partitioning"));
    assertFalse(RangePartitioning.isPartitionName("trade", "trades_p20261201"));
  }
}
