package dev.tidemark.runtime.operation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tidemark.runtime.schema.Schema;
import dev.tidemark.runtime.sql.SqlStatement;
import java.util.List;
import java.util.Optional;

/**
 * An operation a team adds to Tidemark without changing it: the ledger stores it as its
 * {@link #kind()} and {@link #arguments()}, generated code rebuilds it with
 * {@code ops.custom(kind, arguments)}, and the {@link OperationExtension} of that kind reads it
 * back and finds it in the diff. Range partitioning's policy ({@code AlterRangePartitioning}) is the
 * example that ships with Tidemark.
 */
public non-sealed interface CustomOperation extends Operation {

  /** The kind of its {@link OperationExtension}, namespaced: {@code tidemark.range_partitioning}. */
  String kind();

  /** What the ledger records and generated code passes back; every value the operation needs. */
  ObjectNode arguments();

  /**
   * The statements it runs against {@code schema}, identifiers quoted, values as literals the
   * renderer's way; none when it only changes what the runtime maintains.
   */
  List<SqlStatement> render(String schema);

  /** The operation that undoes it exactly, given the schema it applies to. */
  CustomOperation inverse(Schema before);

  /** The safety rules' hook: whether it can lose rows (a shorter retention drops older partitions). */
  default boolean losesData() {
    return false;
  }

  /**
   * Why only a hand-written revision can make this change, when that is so (making a table
   * partitioned rebuilds it, rows and all); the processor then refuses it in an entity revision and
   * asks for a baseline SQL revision, which records it for the model without running it.
   */
  default Optional<String> needsHandWrittenRevision() {
    return Optional.empty();
  }

  @Override
  default <R> R accept(Visitor<R> visitor) {
    return visitor.visit(this);
  }
}
