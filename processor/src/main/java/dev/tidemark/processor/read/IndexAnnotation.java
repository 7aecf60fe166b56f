package dev.tidemark.processor.read;

import javax.lang.model.element.AnnotationMirror;

/** {@code @Index} of a {@code @Table}, {@code @JoinTable} or {@code @CollectionTable}. */
record IndexAnnotation(AnnotationValues values) {

  AnnotationMirror mirror() {
    return values.mirror();
  }

  String name() {
    return values.string("name");
  }

  String columnList() {
    return values.string("columnList");
  }

  boolean unique() {
    return values.bool("unique");
  }
}
