package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.runtime.schema.CheckConstraint;
import dev.tidemark.runtime.schema.ForeignKey;
import dev.tidemark.runtime.schema.PostgresNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/** What inheritance adds to a table: a JOINED subclass's key to its parent, a SINGLE_TABLE root's subclasses. */
final class InheritanceMapper {

  private final ReadContext context;
  private final AttributeMapper attributes;

  InheritanceMapper(ReadContext context, AttributeMapper attributes) {
    this.context = context;
    this.attributes = attributes;
  }

  /**
   * JOINED inheritance: the key column that is also a foreign key to the parent entity's table,
   * typed like the root's identifier and named as the subclass's resolved key says.
   */
  void joinedKey(EntityBuilder entity, EntityShape parent) {
    EntityKey.KeyColumn key = context.key(entity.shape).single();
    entity.table.add(TableBuilder.column(key.physical(), key.type()).notNull(), key.type(), key.logical());
    entity.table.primaryKeyColumn(key.name());
    entity.table.foreignKey(ForeignKey.foreignKey(
            Naming.foreignKeyName(entity.shape.table(), parent.table(), List.of(key.physical())), key.name())
        .references(parent.tableName(), context.key(parent).single().name()));
  }

  /**
   * SINGLE_TABLE inheritance: the root's table also holds every subclass's columns and a
   * discriminator column ({@code @DiscriminatorColumn}, {@code DTYPE varchar(31)} by default)
   * checked against the classes' values; a subclass's primitive columns are nullable, and a check
   * per subclass requires them in its own rows. Values are listed root first, then most derived
   * first, then by name; the per-class checks by depth, then name (Hibernate follows the order
   * classes are registered, which varies between applications).
   */
  void singleTableSubclasses(EntityBuilder entity) {
    EntityShape shape = entity.shape;
    TypeElement root = shape.entity();
    Optional<DiscriminatorColumnAnnotation> discriminator = DiscriminatorColumnAnnotation.on(root, context.elements);
    String kind = discriminator.map(DiscriminatorColumnAnnotation::discriminatorType).orElse("STRING");
    boolean integer = kind.equals("INTEGER");
    List<TypeElement> unvalued = shape.singleTableMembers().stream()
        .filter(member -> !AnnotationValues.present(member, Jpa.DISCRIMINATOR_VALUE)).toList();
    if (integer && (!AnnotationValues.present(root, Jpa.DISCRIMINATOR_VALUE) || !unvalued.isEmpty())) {
      // Without values Hibernate derives integers from hash codes of the entity names.
      context.reporter.error(root, discriminator.get().mirror(), Diagnostic.UNSUPPORTED_MAPPING,
          "An INTEGER discriminator without @DiscriminatorValue on every class of " + root.getSimpleName(),
          "give each class its @DiscriminatorValue");
      return;
    }
    String logical = discriminator.map(DiscriminatorColumnAnnotation::name).filter(name -> !name.isBlank())
        .orElse("DTYPE");
    PhysicalName physical = context.naming.column(logical);
    String column = physical.stored();
    if (discriminator.isPresent() && !context.checks.length(root, discriminator.get().mirror(),
        discriminator.get().writtenLength(), "@DiscriminatorColumn", root.getSimpleName().toString(),
        discriminator.get().length())) {
      return;
    }
    int length = discriminator.map(DiscriminatorColumnAnnotation::length).orElse(31);
    List<TypeElement> members = new ArrayList<>(shape.singleTableMembers());
    members.sort(Comparator.comparingInt((TypeElement member) -> context.mappedChain(member).size())
        .thenComparing(member -> member.getSimpleName().toString()));
    Map<TypeElement, List<String>> required = new LinkedHashMap<>();
    for (TypeElement member : members) {
      entity.subclassRequired = new ArrayList<>();
      entity.declaringEntity = member;
      List<TypeElement> chain = context.mappedChain(member);
      TypeElement parent = context.entityParent(member).orElseThrow();
      for (TypeElement type : chain.subList(chain.indexOf(parent) + 1, chain.size())) {
        for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
          if (ReadContext.persistent(field)) {
            attributes.map(entity, field, AttributeScope.of(member.getSimpleName().toString(), false));
          }
        }
      }
      required.put(member, entity.subclassRequired);
    }
    entity.subclassRequired = null;
    entity.declaringEntity = root;
    ColumnType columnType = integer ? ColumnType.of(ColumnType.Kind.INTEGER)
        : kind.equals("CHAR") ? ColumnType.character(1) : ColumnType.varchar(length);
    entity.table.add(TableBuilder.column(physical, columnType).notNull(), columnType, logical);
    String quote = integer ? "" : "'";
    List<TypeElement> valued = new ArrayList<>(members);
    valued.sort(Comparator.comparingInt((TypeElement member) -> -context.mappedChain(member).size())
        .thenComparing(member -> member.getSimpleName().toString()));
    valued.add(0, root);
    String quoted = PostgresNames.quote(column);
    entity.table.columnCheck(column, quoted + " in ("
        + valued.stream().filter(type -> !type.getModifiers().contains(Modifier.ABSTRACT))
            .map(value -> quote + context.discriminatorValue(value) + quote).collect(Collectors.joining(", ")) + ")");
    int number = 0;
    for (Map.Entry<TypeElement, List<String>> entry : required.entrySet()) {
      List<String> columnsOfClass = new ArrayList<>();
      for (TypeElement type : context.mappedChain(entry.getKey())) {
        if (required.containsKey(type)) {
          columnsOfClass.addAll(required.get(type));
        }
      }
      if (columnsOfClass.isEmpty()) {
        continue;
      }
      String base = PostgresNames.tableCheckName(shape.tableName(), null);
      entity.table.check(new CheckConstraint(number == 0 ? base : base + number, quoted + " <> " + quote
          + context.discriminatorValue(entry.getKey()) + quote + " or (" + columnsOfClass.stream()
              .map(name -> PostgresNames.quote(name) + " is not null").collect(Collectors.joining(" and ")) + ")"));
      number++;
    }
  }
}
