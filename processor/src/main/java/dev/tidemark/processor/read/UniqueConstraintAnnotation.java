package dev.tidemark.processor.read;

import java.util.List;

/** {@code @UniqueConstraint} of a {@code @Table}, {@code @JoinTable} or {@code @CollectionTable}. */
record UniqueConstraintAnnotation(AnnotationValues values) {

  String name() {
    return values.string("name");
  }

  List<String> columnNames() {
    return values.strings("columnNames");
  }
}
