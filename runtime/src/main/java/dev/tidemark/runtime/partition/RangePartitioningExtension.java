package dev.tidemark.runtime.partition;

import dev.tidemark.runtime.json.JsonFields;
import dev.tidemark.runtime.json.ModelJson;
import dev.tidemark.runtime.operation.CustomOperation;
import dev.tidemark.runtime.operation.OperationExtension;
import dev.tidemark.runtime.schema.Table;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Range partitioning as an {@link OperationExtension}: the example custom operation Tidemark ships. */
public final class RangePartitioningExtension implements OperationExtension {

  static final String KIND = "tidemark.range_partitioning";

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public CustomOperation read(JsonFields arguments) {
    arguments.allowOnly(Set.of("table", "from", "to"));
    return arguments.build(fields -> new AlterRangePartitioning(fields.string("table"),
        fields.has("from") ? ModelJson.partitioning(fields.object("from")) : null,
        fields.has("to") ? ModelJson.partitioning(fields.object("to")) : null));
  }

  @Override
  public List<CustomOperation> diff(Table from, Table to) {
    return Objects.equals(from.partitioning(), to.partitioning()) ? List.of()
        : List.of(new AlterRangePartitioning(to.name(), from.partitioning(), to.partitioning()));
  }
}
