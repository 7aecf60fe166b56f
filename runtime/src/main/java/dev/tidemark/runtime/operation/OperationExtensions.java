package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.json.LedgerFormatException;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The {@link OperationExtension}s on the class path, in the order of their kinds so every build agrees. */
public final class OperationExtensions {

  private static final List<OperationExtension> ALL = ServiceLoader
      .load(OperationExtension.class, OperationExtension.class.getClassLoader())
      .stream()
      .map(ServiceLoader.Provider::get)
      .sorted(Comparator.comparing(OperationExtension::kind))
      .toList();

  private OperationExtensions() {}

  public static List<OperationExtension> all() {
    return ALL;
  }

  /** The extension of {@code kind}; a ledger naming one that is not on the class path cannot be read. */
  public static OperationExtension of(String kind) {
    return ALL.stream().filter(extension -> extension.kind().equals(kind)).findFirst()
        .orElseThrow(() -> new LedgerFormatException("kind", "names custom operation kind '" + kind
            + "', but no OperationExtension of that kind is on the class path (known: "
            + ALL.stream().map(OperationExtension::kind).toList() + ")"));
  }
}
