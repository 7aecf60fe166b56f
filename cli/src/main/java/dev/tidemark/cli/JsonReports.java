package dev.tidemark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tidemark.runtime.DriftReport;
import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.StatusReport;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code --json} documents, for deploy pipelines. Their own records, not the runtime's, so a
 * field name changes only when this file does; every field is always present, {@code null} when
 * it has no value.
 */
final class JsonReports {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReports() {}

  /** {@code status --json}. */
  record Status(String schema, String current, String head, boolean upToDate, List<String> pending,
      List<String> drafts, List<String> staleDrafts, List<String> ahead) {

    static Status of(StatusReport report) {
      return new Status(report.schema(), report.current(), report.head(), report.upToDate(), report.pending(),
          report.drafts(), report.staleDrafts(), report.ahead());
    }
  }

  /** {@code history --json}: the applied revisions, oldest first. */
  record History(String schema, List<Entry> entries) {

    static History of(String schema, List<HistoryEntry> history) {
      return new History(schema, history.stream().map(Entry::of).toList());
    }
  }

  /** One applied revision; {@code appliedAt} is ISO-8601 in UTC. */
  record Entry(int installedRank, String revision, String description, String appliedAt, String appliedBy,
      long executionMillis, boolean draft, boolean stamped) {

    static Entry of(HistoryEntry entry) {
      return new Entry(entry.installedRank(), entry.revision(), entry.description(), entry.appliedAt().toString(),
          entry.appliedBy(), entry.executionMillis(), entry.draft(), entry.stamped());
    }
  }

  /** {@code verify --json}: drift against the database's revision, and what of this build is still pending. */
  record Verify(String schema, String revision, boolean clean, List<String> pending, List<Difference> differences) {

    static Verify of(DriftReport drift, StatusReport status) {
      return new Verify(drift.schema(), drift.revision(), drift.clean(), status.pending(),
          drift.differences().stream()
              .map(difference -> new Difference(difference.kind().name(), difference.object(), difference.expected(),
                  difference.actual()))
              .toList());
    }
  }

  /** One difference; {@code expected} or {@code actual} is null when that side has nothing there. */
  record Difference(String kind, String object, String expected, String actual) {}

  static String write(Object document) {
    try {
      return MAPPER.writeValueAsString(document);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot write " + document.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
