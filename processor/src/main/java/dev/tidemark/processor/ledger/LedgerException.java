package dev.tidemark.processor.ledger;

import dev.tidemark.processor.Diagnostic;

/** A ledger that cannot be used as it is; carries the diagnostic to report. */
public final class LedgerException extends RuntimeException {

  private final transient Diagnostic diagnostic;
  private final transient Object[] arguments;

  LedgerException(Diagnostic diagnostic, Object... arguments) {
    super(diagnostic.format(arguments));
    this.diagnostic = diagnostic;
    this.arguments = arguments.clone();
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
