package dev.tidemark.runtime.internal.safety;

import dev.tidemark.runtime.Acknowledgement;

/**
 * A hazard as a policy judged it.
 *
 * @param hazard what is risky
 * @param verdict what the policy does about it
 * @param acknowledgement the revision's acknowledgement of it, or {@code null}
 */
public record Finding(Hazard hazard, Verdict verdict, Acknowledgement acknowledgement) {

  public Rule rule() {
    return hazard.rule();
  }

  /**
   * The message the processor reports on the entity and the migrator logs or fails with:
   * {@code [TM102] drop column trade.venue: dropping a column deletes its values. Instead: ...}.
   */
  public String message() {
    Rule rule = hazard.rule();
    String message = "[" + rule.id() + "] " + hazard.detail() + ": " + rule.summary() + ".";
    return switch (verdict) {
      case BLOCKED -> message + " Instead: " + rule.safeAlternative() + " Or accept it: @Acknowledge(rule = \""
          + rule.id() + "\", on = \"" + hazard.target() + "\", reason = \"...\")";
      case WARNED -> message + " Consider: " + rule.safeAlternative();
      case RENDERED_SAFELY -> message + " Tidemark runs its safe form: " + rule.safeAlternative();
      case ACKNOWLEDGED -> message + " Acknowledged: " + acknowledgement.reason();
    };
  }
}
