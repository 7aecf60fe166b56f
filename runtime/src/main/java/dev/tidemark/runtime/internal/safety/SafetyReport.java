package dev.tidemark.runtime.internal.safety;

import dev.tidemark.runtime.Acknowledgement;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The findings of one revision under one policy.
 *
 * @param findings every hazard with its verdict, in operation order
 * @param unusedAcknowledgements acknowledgements that match no hazard: stale, or naming the wrong
 *     rule or target; the processor warns about them
 */
public record SafetyReport(List<Finding> findings, List<Acknowledgement> unusedAcknowledgements) {

  public SafetyReport {
    findings = List.copyOf(findings);
    unusedAcknowledgements = List.copyOf(unusedAcknowledgements);
  }

  /** Whether the policy lets the revision run. */
  public boolean allowed() {
    return blocked().isEmpty();
  }

  public List<Finding> blocked() {
    return withVerdict(Verdict.BLOCKED);
  }

  public List<Finding> warned() {
    return withVerdict(Verdict.WARNED);
  }

  /** Whether the operation at {@code position} runs in its safe multi-step form. */
  public boolean rendersSafely(int position) {
    return findings.stream().anyMatch(finding -> finding.hazard().position() == position
        && finding.verdict() == Verdict.RENDERED_SAFELY);
  }

  /** The blocked findings' messages, one per line, for a build error or a refused migration. */
  public String blockedMessage() {
    return blocked().stream().map(Finding::message).collect(Collectors.joining("\n"));
  }

  private List<Finding> withVerdict(Verdict verdict) {
    return findings.stream().filter(finding -> finding.verdict() == verdict).toList();
  }
}
