package dev.tidemark.processor.read;

import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** {@code @JoinColumn}, alone or inside {@code @JoinColumns}, {@code @JoinTable} or {@code @CollectionTable}. */
record JoinColumnAnnotation(AnnotationValues values) {

  static Optional<JoinColumnAnnotation> on(Element element, Elements elements) {
    return AnnotationValues.find(element, Jpa.JOIN_COLUMN, elements).map(JoinColumnAnnotation::new);
  }

  AnnotationMirror mirror() {
    return values.mirror();
  }

  String name() {
    return values.string("name");
  }

  String referencedColumnName() {
    return values.string("referencedColumnName");
  }

  /** The table the column goes to, a secondary table of the entity; blank for the entity's own table. */
  String table() {
    return values.string("table");
  }

  boolean nullable() {
    return values.bool("nullable");
  }

  /** Whether the mapping neither inserts nor updates the column: another mapping of it writes it. */
  boolean readOnly() {
    return !values.bool("insertable") && !values.bool("updatable");
  }

  ForeignKeyAnnotation foreignKey() {
    return new ForeignKeyAnnotation(values.annotation("foreignKey"));
  }

  Optional<AnnotationValue> writtenName() {
    return values.written("name");
  }
}
