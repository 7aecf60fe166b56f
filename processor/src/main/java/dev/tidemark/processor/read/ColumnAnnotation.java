package dev.tidemark.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** {@code @Column}, on an attribute or as the column of an {@code @AttributeOverride}. */
record ColumnAnnotation(AnnotationValues values) {

  static Optional<ColumnAnnotation> on(Element element, Elements elements) {
    return AnnotationValues.find(element, Jpa.COLUMN, elements).map(ColumnAnnotation::new);
  }

  AnnotationMirror mirror() {
    return values.mirror();
  }

  String name() {
    return values.string("name");
  }

  boolean nullable() {
    return values.bool("nullable");
  }

  boolean unique() {
    return values.bool("unique");
  }

  /** Whether the mapping neither inserts nor updates the column: another mapping of it writes it. */
  boolean readOnly() {
    return !values.bool("insertable") && !values.bool("updatable");
  }

  String columnDefinition() {
    return values.string("columnDefinition");
  }

  String table() {
    return values.string("table");
  }

  int length() {
    return values.integer("length");
  }

  int precision() {
    return values.integer("precision");
  }

  int scale() {
    return values.integer("scale");
  }

  /** JPA 3.2's fractional-second digits of a time column; -1 when not given. */
  int secondPrecision() {
    return values.integer("secondPrecision");
  }

  ColumnTypes.Sizes sizes() {
    return new ColumnTypes.Sizes(length(), precision(), scale(), secondPrecision());
  }

  Optional<AnnotationValue> writtenName() {
    return values.written("name");
  }

  Optional<AnnotationValue> writtenLength() {
    return values.written("length");
  }

  Optional<AnnotationValue> writtenPrecision() {
    return values.written("precision");
  }

  Optional<AnnotationValue> writtenScale() {
    return values.written("scale");
  }
}
