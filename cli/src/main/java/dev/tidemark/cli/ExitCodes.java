package dev.tidemark.cli;

import dev.tidemark.runtime.ErrorCode;
import dev.tidemark.runtime.TidemarkException;
import java.util.LinkedHashMap;
import java.util.Map;

/** The process exit codes, documented in every verb's help, so a deploy pipeline can branch on them. */
final class ExitCodes {

  static final int OK = 0;
  static final int FAILURE = 1;
  static final int USAGE = 2;
  static final int DRIFT = 3;
  static final int PENDING = 4;

  private ExitCodes() {}

  /** The list picocli prints under "Exit codes:". */
  static Map<String, String> described() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(OK + "", "Success.");
    codes.put(FAILURE + "", "Failure: the database could not be reached or refused, or a revision failed;"
        + " the message says what remains.");
    codes.put(USAGE + "", "Bad usage: unknown option or verb, missing or invalid value, no catalog on the"
        + " classpath, unknown revision. Nothing was changed.");
    codes.put(DRIFT + "", "verify: the live schema differs from its revision's snapshot.");
    codes.put(PENDING + "", "status --exit-code, verify: revisions of this build are not applied yet.");
    return codes;
  }

  /** Mistakes in what the user asked for are usage errors; the rest is a failure. */
  static int of(Throwable failure) {
    if (failure instanceof TidemarkException tidemark) {
      ErrorCode code = tidemark.code();
      return switch (code) {
        case CONFIGURATION, NO_CATALOG, UNKNOWN_REVISION -> USAGE;
        case DRIFT -> DRIFT;
        default -> FAILURE;
      };
    }
    return FAILURE;
  }
}
