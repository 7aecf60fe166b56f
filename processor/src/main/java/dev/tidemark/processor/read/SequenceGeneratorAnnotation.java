package dev.tidemark.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** {@code @SequenceGenerator}, on an identifier or its entity. */
record SequenceGeneratorAnnotation(AnnotationValues values) {

  static Optional<SequenceGeneratorAnnotation> on(Element element, Elements elements) {
    return AnnotationValues.find(element, Jpa.SEQUENCE_GENERATOR, elements).map(SequenceGeneratorAnnotation::new);
  }

  AnnotationMirror mirror() {
    return values.mirror();
  }

  String name() {
    return values.string("name");
  }

  /** The sequence's name, or the generator's name when none is given. */
  String sequenceName() {
    return values.string("sequenceName").isBlank() ? name() : values.string("sequenceName");
  }

  Optional<String> schema() {
    return Optional.of(values.string("schema")).filter(name -> !name.isBlank());
  }

  String catalog() {
    return values.string("catalog");
  }

  int initialValue() {
    return values.integer("initialValue");
  }

  int allocationSize() {
    return values.integer("allocationSize");
  }

  Optional<AnnotationValue> writtenAllocationSize() {
    return values.written("allocationSize");
  }
}
