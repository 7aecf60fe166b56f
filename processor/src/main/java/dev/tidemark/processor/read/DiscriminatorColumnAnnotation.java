package dev.tidemark.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** {@code @DiscriminatorColumn} of an inheritance root. */
record DiscriminatorColumnAnnotation(AnnotationValues values) {

  static Optional<DiscriminatorColumnAnnotation> on(Element element, Elements elements) {
    return AnnotationValues.find(element, Jpa.DISCRIMINATOR_COLUMN, elements).map(DiscriminatorColumnAnnotation::new);
  }

  AnnotationMirror mirror() {
    return values.mirror();
  }

  String name() {
    return values.string("name");
  }

  /** The {@code DiscriminatorType} constant: {@code STRING}, {@code CHAR} or {@code INTEGER}. */
  String discriminatorType() {
    return values.enumConstant("discriminatorType");
  }

  int length() {
    return values.integer("length");
  }

  Optional<AnnotationValue> writtenLength() {
    return values.written("length");
  }
}
