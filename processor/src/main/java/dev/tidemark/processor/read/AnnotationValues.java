package dev.tidemark.processor.read;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * One annotation on an element, read through its mirror by attribute name, with the defaults its
 * declaration gives. The processor never loads {@code jakarta.persistence} classes itself.
 */
final class AnnotationValues {

  private final AnnotationMirror mirror;
  private final Elements elements;
  private final Map<? extends ExecutableElement, ? extends AnnotationValue> values;

  private AnnotationValues(AnnotationMirror mirror, Elements elements) {
    this.mirror = mirror;
    this.elements = elements;
    this.values = elements.getElementValuesWithDefaults(mirror);
  }

  /** The annotation named {@code qualifiedName} on {@code element}, if present. */
  static Optional<AnnotationValues> find(Element element, String qualifiedName, Elements elements) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(new AnnotationValues(mirror, elements));
      }
    }
    return Optional.empty();
  }

  static boolean present(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream().anyMatch(mirror ->
        ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(qualifiedName));
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  /** The value written for {@code attribute}, if the source gives one: where a message about it belongs. */
  Optional<AnnotationValue> written(String attribute) {
    return mirror.getElementValues().entrySet().stream()
        .filter(entry -> entry.getKey().getSimpleName().contentEquals(attribute))
        .map(entry -> (AnnotationValue) entry.getValue())
        .findFirst();
  }

  String string(String attribute) {
    return (String) value(attribute);
  }

  int integer(String attribute) {
    return (Integer) value(attribute);
  }

  boolean bool(String attribute) {
    return (Boolean) value(attribute);
  }

  /** An annotation-valued attribute, such as {@code @AttributeOverride(column = @Column(...))}. */
  AnnotationValues annotation(String attribute) {
    return new AnnotationValues((AnnotationMirror) value(attribute), elements);
  }

  /** The annotations of an annotation-array attribute, such as {@code @Table(indexes = {...})}. */
  List<AnnotationValues> annotations(String attribute) {
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> list = (List<? extends AnnotationValue>) value(attribute);
    return list.stream().map(value -> new AnnotationValues((AnnotationMirror) value.getValue(), elements)).toList();
  }

  /** The strings of a {@code String[]} attribute, in order. */
  List<String> strings(String attribute) {
    @SuppressWarnings("unchecked")
    List<? extends AnnotationValue> values = (List<? extends AnnotationValue>) value(attribute);
    return values.stream().map(value -> (String) value.getValue()).toList();
  }

  /** A class-valued attribute, such as {@code @Convert(converter = ...)}, as its type. */
  TypeMirror type(String attribute) {
    return (TypeMirror) value(attribute);
  }

  /** The simple name of an enum constant attribute, such as {@code IDENTITY}. */
  String enumConstant(String attribute) {
    return ((VariableElement) value(attribute)).getSimpleName().toString();
  }

  private Object value(String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : values.entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return entry.getValue().getValue();
      }
    }
    throw new IllegalArgumentException(
        "annotation " + mirror.getAnnotationType() + " has no attribute " + attribute);
  }
}
