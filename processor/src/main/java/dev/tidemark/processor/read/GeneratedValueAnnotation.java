package dev.tidemark.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** {@code @GeneratedValue} of an identifier. */
record GeneratedValueAnnotation(AnnotationValues values) {

  static Optional<GeneratedValueAnnotation> on(Element element, Elements elements) {
    return AnnotationValues.find(element, Jpa.GENERATED_VALUE, elements).map(GeneratedValueAnnotation::new);
  }

  AnnotationMirror mirror() {
    return values.mirror();
  }

  /** The {@code GenerationType} constant: {@code IDENTITY}, {@code SEQUENCE}, {@code AUTO}, ... */
  String strategy() {
    return values.enumConstant("strategy");
  }

  String generator() {
    return values.string("generator");
  }
}
