package dev.tidemark.processor.ledger;

import dev.tidemark.processor.Diagnostic;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/** A ledger that cannot be used as it is; carries the diagnostic to report. */
public final class LedgerException extends RuntimeException {

  private final transient Diagnostic diagnostic;
  private final transient Object[] arguments;

  LedgerException(Diagnostic diagnostic, Object... arguments) {
    super(diagnostic.format(arguments));
    this.diagnostic = diagnostic;
    this.arguments = arguments.clone();
  }

  /** A failed file operation on the ledger: {@code action} is what was tried ("read", "write", ...). */
  static LedgerException io(String action, Path path, IOException failure) {
    return new LedgerException(Diagnostic.LEDGER_IO, action, path, reason(failure));
  }

  /** The failure in words: NIO's exceptions often carry nothing but the path as their message. */
  static String reason(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (failure instanceof FileAlreadyExistsException) {
      return "a file is in the way";
    }
    if (failure instanceof NotDirectoryException) {
      return "it is not a directory";
    }
    if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return fileSystem.getReason();
    }
    return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
