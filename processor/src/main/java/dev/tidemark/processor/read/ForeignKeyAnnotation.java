package dev.tidemark.processor.read;

import java.util.Optional;

/** {@code @ForeignKey}: the name of a foreign key, or that there is none. */
record ForeignKeyAnnotation(AnnotationValues values) {

  /** Whether the mapping asks for no foreign key ({@code ConstraintMode.NO_CONSTRAINT}). */
  boolean none() {
    return values.enumConstant("value").equals("NO_CONSTRAINT");
  }

  /** The constraint name as given, if one is. */
  Optional<String> name() {
    return Optional.of(values.string("name")).filter(name -> !name.isBlank());
  }
}
