package dev.tidemark.runtime.json;

/** A ledger document that does not have the expected shape; names the field that is wrong. */
public final class LedgerFormatException extends RuntimeException {

  private final String field;

  public LedgerFormatException(String field, String problem) {
    super("field '" + field + "': " + problem);
    this.field = field;
  }

  /** The path of the offending field, such as {@code upgrade[2].column.type}. */
  public String field() {
    return field;
  }
}
