package dev.tidemark.processor.read;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** {@code @JoinTable} or {@code @CollectionTable}: a table a collection maps to, and its join columns. */
record JoinTableAnnotation(AnnotationValues values, boolean joinTable) {

  static Optional<JoinTableAnnotation> joinTableOn(Element element, Elements elements) {
    return AnnotationValues.find(element, Jpa.JOIN_TABLE, elements).map(values -> new JoinTableAnnotation(values, true));
  }

  static Optional<JoinTableAnnotation> collectionTableOn(Element element, Elements elements) {
    return AnnotationValues.find(element, Jpa.COLLECTION_TABLE, elements)
        .map(values -> new JoinTableAnnotation(values, false));
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

  /** The columns that reference the owner. */
  List<JoinColumnAnnotation> joinColumns() {
    return values.annotations("joinColumns").stream().map(JoinColumnAnnotation::new).toList();
  }

  /** The columns that reference the target of a {@code @JoinTable}; none for a collection table. */
  List<JoinColumnAnnotation> inverseJoinColumns() {
    return joinTable ? values.annotations("inverseJoinColumns").stream().map(JoinColumnAnnotation::new).toList()
        : List.of();
  }

  ForeignKeyAnnotation foreignKey() {
    return new ForeignKeyAnnotation(values.annotation("foreignKey"));
  }

  /** The foreign key to the target of a {@code @JoinTable}. */
  Optional<ForeignKeyAnnotation> inverseForeignKey() {
    return joinTable ? Optional.of(new ForeignKeyAnnotation(values.annotation("inverseForeignKey"))) : Optional.empty();
  }

  List<UniqueConstraintAnnotation> uniqueConstraints() {
    return values.annotations("uniqueConstraints").stream().map(UniqueConstraintAnnotation::new).toList();
  }

  List<IndexAnnotation> indexes() {
    return values.annotations("indexes").stream().map(IndexAnnotation::new).toList();
  }
}
