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
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

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
    Optional<ForeignKeyAnnotation> declared = AnnotationValues.find(entity.shape.entity(), Jpa.PRIMARY_KEY_JOIN_COLUMN,
        context.elements).map(join -> new ForeignKeyAnnotation(join.annotation("foreignKey")));
    entity.table.foreignKey(declared, List.of(key.physical()), parent,
        List.of(context.key(parent).single().name()), ForeignKey.Action.NO_ACTION);
  }

  /** A discriminator column: its name, type, and how its values are written in a check. */
  private record Discriminator(PhysicalName physical, String logical, ColumnType type, String quote) {
    String column() {
      return physical.stored();
    }

    boolean integer() {
      return type.kind() == ColumnType.Kind.INTEGER;
    }
  }

  /**
   * SINGLE_TABLE inheritance: the root's table also holds every subclass's columns and a
   * discriminator column ({@code @DiscriminatorColumn}, {@code DTYPE varchar(31)} by default)
   * checked against the classes' values; a subclass's primitive columns are nullable, and a check
   * per subclass requires them in its own rows. The per-class checks come by depth, then name
   * (Hibernate follows the order classes are registered, which varies between applications).
   */
  void singleTableSubclasses(EntityBuilder entity) {
    EntityShape shape = entity.shape;
    TypeElement root = shape.entity();
    Optional<Discriminator> discriminator = discriminator(root, shape.singleTableMembers());
    if (discriminator.isEmpty()) {
      return;
    }
    // A subclass refused with its own error is abandoned: its columns are not read into the root's table.
    List<TypeElement> members = new ArrayList<>(shape.singleTableMembers().stream()
        .filter(member -> context.shape(member).isPresent()).toList());
    members.sort(Comparator.comparingInt((TypeElement member) -> context.mappedChain(member).size())
        .thenComparing(member -> member.getSimpleName().toString()));
    Map<TypeElement, List<String>> required = new LinkedHashMap<>();
    for (TypeElement member : members) {
      entity.subclassRequired = new ArrayList<>();
      entity.declaringEntity = member;
      List<TypeElement> chain = context.mappedChain(member);
      TypeElement parent = context.entityParent(member).orElseThrow();
      AttributeAccess.Kind inherited = context.access.hierarchyDefault(member);
      AttributeScope scope = AttributeScope.of(member.getSimpleName().toString(), false,
          context.access.entityAccess(member));
      for (TypeElement type : chain.subList(chain.indexOf(parent) + 1, chain.size())) {
        for (Element attribute : context.access.attributes(type, inherited, member)) {
          attributes.map(entity, attribute, scope);
        }
      }
      required.put(member, entity.subclassRequired);
    }
    entity.subclassRequired = null;
    entity.declaringEntity = root;
    addDiscriminator(entity, discriminator.get(), members);
    String quoted = PostgresNames.quote(discriminator.get().column());
    String quote = discriminator.get().quote();
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
          + value(entry.getKey(), discriminator.get()) + quote + " or (" + columnsOfClass.stream()
              .map(name -> PostgresNames.quote(name) + " is not null").collect(Collectors.joining(" and ")) + ")"));
      number++;
    }
  }

  /** A JOINED root with a {@code @DiscriminatorColumn} keeps the discriminator in its own table. */
  void joinedDiscriminator(EntityBuilder entity) {
    TypeElement root = entity.shape.entity();
    if (DiscriminatorColumnAnnotation.on(root, context.elements).isEmpty()) {
      return;
    }
    discriminator(root, entity.shape.joinedMembers())
        .ifPresent(discriminator -> addDiscriminator(entity, discriminator, entity.shape.joinedMembers()));
  }

  /** The root's discriminator, or empty after reporting why it cannot be mapped. */
  private Optional<Discriminator> discriminator(TypeElement root, List<TypeElement> members) {
    Optional<DiscriminatorColumnAnnotation> declared = DiscriminatorColumnAnnotation.on(root, context.elements);
    String kind = declared.map(DiscriminatorColumnAnnotation::discriminatorType).orElse("STRING");
    boolean integer = kind.equals("INTEGER");
    Optional<TypeElement> unvalued = Stream.concat(Stream.of(root), members.stream())
        .filter(member -> !AnnotationValues.present(member, Jpa.DISCRIMINATOR_VALUE))
        .findFirst();
    if (kind.equals("CHAR") && unvalued.isPresent()) {
      // Hibernate derives no CHAR value from an entity name: it refuses the mapping.
      context.reporter.error(unvalued.get(), Diagnostic.BAD_VALUE, "A CHAR discriminator without @DiscriminatorValue",
          unvalued.get().getSimpleName(), "Hibernate derives no character from an entity name and refuses the"
              + " mapping; give " + unvalued.get().getSimpleName() + " its @DiscriminatorValue");
      return Optional.empty();
    }
    if (declared.isPresent() && !context.checks.length(root, declared.get().mirror(), declared.get().writtenLength(),
        "@DiscriminatorColumn", root.getSimpleName().toString(), declared.get().length())) {
      return Optional.empty();
    }
    String logical = declared.map(DiscriminatorColumnAnnotation::name).filter(name -> !name.isBlank()).orElse("DTYPE");
    int length = declared.map(DiscriminatorColumnAnnotation::length).orElse(31);
    ColumnType type = integer ? ColumnType.of(ColumnType.Kind.INTEGER)
        : kind.equals("CHAR") ? ColumnType.character(1) : ColumnType.varchar(length);
    return Optional.of(new Discriminator(context.naming.column(logical), logical, type, integer ? "" : "'"));
  }

  /**
   * The discriminator column, not null, checked against the values of the concrete classes: the
   * root first, then the most derived first, then by name.
   */
  private void addDiscriminator(EntityBuilder entity, Discriminator discriminator, List<TypeElement> members) {
    entity.table.add(TableBuilder.column(discriminator.physical(), discriminator.type()).notNull(),
        discriminator.type(), discriminator.logical());
    List<TypeElement> valued = new ArrayList<>(members);
    valued.sort(Comparator.comparingInt((TypeElement member) -> -context.mappedChain(member).size())
        .thenComparing(member -> member.getSimpleName().toString()));
    valued.add(0, entity.shape.entity());
    String quote = discriminator.quote();
    entity.table.columnCheck(discriminator.column(), PostgresNames.quote(discriminator.column()) + " in ("
        + valued.stream().filter(type -> !type.getModifiers().contains(Modifier.ABSTRACT))
            .map(type -> quote + value(type, discriminator) + quote).collect(Collectors.joining(", ")) + ")");
  }

  /**
   * A class's discriminator value: {@code @DiscriminatorValue}, else its entity name, or for an
   * INTEGER discriminator the name's {@code String.hashCode()}, as Hibernate's {@code EntityBinder} derives it.
   */
  private String value(TypeElement entity, Discriminator discriminator) {
    return discriminator.integer() && !AnnotationValues.present(entity, Jpa.DISCRIMINATOR_VALUE)
        ? String.valueOf(context.entityName(entity).hashCode())
        : context.discriminatorValue(entity);
  }
}
