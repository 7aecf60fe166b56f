package dev.tidemark.runtime.operation;

import dev.tidemark.runtime.json.JsonFields;
import dev.tidemark.runtime.schema.Table;
import java.util.List;

/**
 * The public extension point for custom operations, found with {@link java.util.ServiceLoader}
 * (register the class in {@code META-INF/services/dev.tidemark.runtime.operation.OperationExtension}).
 * Put the jar on the annotation processor's path, so the diff finds its changes, and on the
 * service's class path, so the migrator reads them back.
 */
public interface OperationExtension {

  /** The kind of the operations it makes; unique, namespaced like {@code com.example.row_level_security}. */
  String kind();

  /** One of its operations from the arguments the ledger recorded. */
  CustomOperation read(JsonFields arguments);

  /**
   * Its operations that turn {@code from} into {@code to}, a table both schemas have (after hinted
   * renames); they run after every built-in change to the table. The downgrade is this method run
   * the other way, so it must be exact both ways.
   */
  List<CustomOperation> diff(Table from, Table to);
}
