package dev.tidemark.processor.read;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** {@code @Table} of an entity. */
record TableAnnotation(AnnotationValues values) {

  static Optional<TableAnnotation> on(Element element, Elements elements) {
    return AnnotationValues.find(element, Jpa.TABLE, elements).map(TableAnnotation::new);
  }

  AnnotationMirror mirror() {
    return values.mirror();
  }

  Optional<String> name() {
    return Optional.of(values.string("name")).filter(name -> !name.isBlank());
  }

  Optional<String> schema() {
    return Optional.of(values.string("schema")).filter(name -> !name.isBlank());
  }

  String catalog() {
    return values.string("catalog");
  }

  List<UniqueConstraintAnnotation> uniqueConstraints() {
    return values.annotations("uniqueConstraints").stream().map(UniqueConstraintAnnotation::new).toList();
  }

  List<IndexAnnotation> indexes() {
    return values.annotations("indexes").stream().map(IndexAnnotation::new).toList();
  }

  Optional<AnnotationValue> writtenName() {
    return values.written("name");
  }
}
