package dev.tidemark.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.tidemark.runtime.AdoptReport;
import dev.tidemark.runtime.DowngradeReport;
import dev.tidemark.runtime.Drift;
import dev.tidemark.runtime.DriftReport;
import dev.tidemark.runtime.HistoryEntry;
import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.RepairReport;
import dev.tidemark.runtime.SqlScript;
import dev.tidemark.runtime.StampReport;
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
      List<String> drafts, List<String> staleDrafts, List<String> ahead, String divergence) {

    static Status of(StatusReport report) {
      return new Status(report.schema(), report.current(), report.head(), report.upToDate(), report.pending(),
          report.drafts(), report.staleDrafts(), report.ahead(), report.divergence());
    }
  }

  /** {@code history --json}: the applied revisions, oldest first. */
  record History(String schema, List<Entry> entries) {

    static History of(String schema, List<HistoryEntry> history) {
      return new History(schema, history.stream().map(Entry::of).toList());
    }
  }

  /** One applied revision; {@code appliedAt} is ISO-8601 in UTC. */
  record Entry(int installedRank, String revision, String description, String checksum, String appliedAt,
      String appliedBy, long executionMillis, boolean draft, boolean stamped) {

    static Entry of(HistoryEntry entry) {
      return new Entry(entry.installedRank(), entry.revision(), entry.description(), entry.checksum(),
          entry.appliedAt().toString(), entry.appliedBy(), entry.executionMillis(), entry.draft(), entry.stamped());
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

  /** {@code upgrade --json}: the stale drafts reverted first (dev mode), then the revisions applied. */
  record Upgrade(String schema, List<String> revertedDrafts, List<Revision> applied, String head, long elapsedMillis) {

    static Upgrade of(MigrationReport report) {
      return new Upgrade(report.schema(), report.revertedDrafts(), Revision.of(report.applied()), report.head(),
          report.elapsed().toMillis());
    }
  }

  /** {@code downgrade --json}: the revisions reverted, newest first. */
  record Downgrade(String schema, List<Revision> reverted, String head, long elapsedMillis) {

    static Downgrade of(DowngradeReport report) {
      return new Downgrade(report.schema(), Revision.of(report.reverted()), report.head(),
          report.elapsed().toMillis());
    }
  }

  /** One revision applied or reverted, with how long its statements and history row took. */
  record Revision(String revision, String description, long executionMillis) {

    static List<Revision> of(List<MigrationReport.AppliedRevision> revisions) {
      return revisions.stream().map(entry -> new Revision(entry.revision().id(), entry.revision().description(),
          entry.executionMillis())).toList();
    }
  }

  /** {@code upgrade} and {@code downgrade --dry-run --json}: the script the verb would run. */
  record Plan(String schema, String from, String to, boolean upgrade, List<String> revertedDrafts,
      List<String> revisions, String sql) {

    static Plan of(SqlScript script) {
      return new Plan(script.schema(), script.from(), script.to(), script.upgrade(), script.revertedDrafts(),
          script.revisions(), script.text());
    }
  }

  /** {@code stamp --json}, with or without {@code --dry-run}: rows recorded (oldest first) and removed (newest first). */
  record Stamp(String schema, String head, List<String> recorded, List<String> removed) {

    static Stamp of(StampReport report) {
      return new Stamp(report.schema(), report.head(), report.recorded(), report.removed());
    }
  }

  /** {@code repair --json}, with or without {@code --dry-run}. */
  record Repair(String schema, List<String> reverted, List<String> forgotten) {

    static Repair of(RepairReport report) {
      return new Repair(report.schema(), report.reverted(), report.forgotten());
    }
  }

  /**
   * {@code adopt --json}: the outcome (FRESH, STAMPED, BRIDGED; WOULD_UPGRADE, WOULD_STAMP
   * or WOULD_BRIDGE for a dry run), the
   * revision it ends at, the differences found, the bridge statements and what was left alone.
   */
  record Adopt(String schema, String outcome, String revision, List<String> differences, List<String> bridge,
      List<String> leftAlone) {

    static Adopt of(AdoptReport report) {
      return new Adopt(report.schema(), report.outcome().name(), report.revision(),
          report.differences().stream().map(Drift::describe).toList(), report.bridge(),
          report.leftAlone().stream().map(Drift::describe).toList());
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
