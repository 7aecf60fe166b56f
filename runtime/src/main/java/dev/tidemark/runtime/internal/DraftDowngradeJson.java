package dev.tidemark.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tidemark.runtime.Revision;
import java.sql.SQLException;
import java.util.List;

/**
 * The statements recorded to undo an applied draft, as the JSON array the history keeps. A class of
 * its own so that Jackson (hundreds of classes) is loaded only when a draft is applied or reverted,
 * never by a boot that has nothing to do.
 */
final class DraftDowngradeJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DraftDowngradeJson() {}

  static String write(Revision revision, List<String> statements) {
    try {
      return MAPPER.writeValueAsString(statements);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode the downgrade of " + revision.id(), e);
    }
  }

  static List<String> read(String json, String revision, String table) throws SQLException {
    try {
      return MAPPER.readValue(json, new TypeReference<List<String>>() {});
    } catch (JsonProcessingException e) {
      throw new SQLException("the recorded downgrade of draft " + revision + " in " + table + " is not readable", e);
    }
  }
}
