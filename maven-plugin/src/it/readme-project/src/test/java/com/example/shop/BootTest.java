package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Tidemark;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootTest {

  @Test
  void theServiceMigratesItsDatabaseAtBoot() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      List<MigrationReport> reports = Tidemark.migrate(postgres.getPostgresDatabase());

      assertEquals(1, reports.size());
      assertEquals("my_schema", reports.get(0).schema());
      assertEquals("0001_draft", reports.get(0).head());
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          ResultSet customer = connection.getMetaData().getColumns(null, "my_schema", "customer", "name")) {
        assertTrue(customer.next(), "column my_schema.customer.name");
        assertEquals("varchar", customer.getString("TYPE_NAME"));
      }
    }
  }
}
