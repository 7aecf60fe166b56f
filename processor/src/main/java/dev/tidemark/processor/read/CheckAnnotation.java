package dev.tidemark.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Hibernate's {@code @Check}: a named or unnamed check constraint. */
record CheckAnnotation(AnnotationValues values) {

  /** Every {@code @Check} on {@code element}, including those gathered in {@code @Checks}. */
  static List<CheckAnnotation> allOn(Element element, Elements elements) {
    List<CheckAnnotation> checks = new ArrayList<>();
    AnnotationValues.find(element, Jpa.CHECK, elements).map(CheckAnnotation::new).ifPresent(checks::add);
    AnnotationValues.find(element, Jpa.CHECKS, elements)
        .ifPresent(all -> all.annotations("value").forEach(check -> checks.add(new CheckAnnotation(check))));
    return checks;
  }

  Optional<String> name() {
    return Optional.of(values.string("name")).filter(name -> !name.isBlank());
  }

  String constraints() {
    return values.string("constraints");
  }
}
