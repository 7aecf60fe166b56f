package dev.tidemark.processor.read;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The order in which Hibernate 7 lists the columns of a primary key (unique constraints keep the
 * order they are declared in): its {@code ColumnOrderingStrategyStandard} sorts by
 * {@code max(physical size in bytes, 4)}, then by whether the size exceeds 2048 bytes, then by name,
 * case-sensitively and before PostgreSQL folds it ({@code Product_id} comes before {@code categories_id}).
 */
final class ConstraintColumnOrder {

  private ConstraintColumnOrder() {}

  /** {@code names} in Hibernate's order; {@code types} gives their column types, {@code hibernateNames} their unfolded names. */
  static List<String> sort(List<String> names, Map<String, ColumnType> types, UnaryOperator<String> hibernateNames) {
    return names.stream()
        .sorted(Comparator.comparingInt((String name) -> Math.max(size(types.get(name)), 4))
            .thenComparing(name -> size(types.get(name)) > 2048)
            .thenComparing(hibernateNames::apply))
        .toList();
  }

  private static int size(ColumnType type) {
    return type == null ? Integer.MAX_VALUE : type.physicalSize();
  }
}
