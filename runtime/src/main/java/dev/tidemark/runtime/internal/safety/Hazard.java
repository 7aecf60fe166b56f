package dev.tidemark.runtime.internal.safety;

/**
 * One risk of one operation, before any policy judged it.
 *
 * @param rule the rule it breaks
 * @param position the operation's index in the revision, or -1 for the revision as a whole
 * @param table the table it concerns (for a rename, the new name: where an acknowledgement goes)
 * @param part the column, index or constraint it concerns, or {@code null} for the table itself
 * @param detail what exactly happens, in words: {@code drop column trade.venue}
 */
public record Hazard(Rule rule, int position, String table, String part, String detail) {

  /** What the hazard names, as an acknowledgement names it: {@code trade} or {@code trade.venue}. */
  public String target() {
    return part == null ? table : table + "." + part;
  }
}
