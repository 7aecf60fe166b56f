package dev.tidemark.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The password of a printed JDBC URL is masked whatever the parameter's case. */
class LocalDatabaseTest {

  @Test
  void masksThePasswordInAnyCase() {
    assertEquals("jdbc:postgresql://db/x?user=a&password=***&ssl=true",
        LocalDatabase.masked("jdbc:postgresql://db/x?user=a&password=s3cret&ssl=true"));
    assertEquals("jdbc:postgresql://db/x?password=***",
        LocalDatabase.masked("jdbc:postgresql://db/x?PASSWORD=s3cret"));
    assertEquals("jdbc:postgresql://db/x?user=a&password=***",
        LocalDatabase.masked("jdbc:postgresql://db/x?user=a&Password=s3cret"));
  }
}
