package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What every stage of one read shares: the compiler's utilities, the reporter, the naming port, and
 * the entities' shapes and keys once the first stage has resolved them.
 */
final class ReadContext {

  final Elements elements;
  final Types types;
  final Reporter reporter;
  final Naming naming;
  final String defaultSchema;
  final ValueChecks checks;
  final AttributeAccess access;
  final EnumCodes enumCodes;
  private final Map<String, EntityShape> shapes = new HashMap<>();
  private final Map<String, EntityKey> keys = new HashMap<>();
  /** The converters of this compilation marked {@code @Converter(autoApply = true)}. */
  private List<TypeElement> autoApplyConverters = List.of();
  /** Entities refused with an error: what refers to them is not reported again. */
  private final Set<String> refused = new HashSet<>();

  ReadContext(ProcessingEnvironment environment, Reporter reporter, Naming naming, String defaultSchema) {
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.enumCodes = new EnumCodes(environment, reporter);
    this.reporter = reporter;
    this.naming = naming;
    this.defaultSchema = naming.storedSchema(defaultSchema);
    this.checks = new ValueChecks(reporter);
    this.access = new AttributeAccess(this);
  }

  /** Keeps the converters among {@code converters} that apply to every attribute of their type. */
  void autoApply(java.util.Collection<TypeElement> converters) {
    autoApplyConverters = converters.stream()
        .filter(converter -> AnnotationValues.find(converter, Jpa.CONVERTER, elements)
            .map(annotation -> annotation.bool("autoApply")).orElse(false))
        .sorted(java.util.Comparator.comparing(converter -> converter.getQualifiedName().toString()))
        .toList();
  }

  // ---- shapes and keys ----

  void accept(EntityShape shape, EntityKey key) {
    shapes.put(shape.qualifiedName(), shape);
    keys.put(shape.qualifiedName(), key);
  }

  void refuse(TypeElement entity) {
    refused.add(entity.getQualifiedName().toString());
    shapes.remove(entity.getQualifiedName().toString());
    keys.remove(entity.getQualifiedName().toString());
  }

  Optional<EntityShape> shape(TypeElement entity) {
    return Optional.ofNullable(shapes.get(entity.getQualifiedName().toString()));
  }

  EntityKey key(EntityShape shape) {
    return keys.get(shape.qualifiedName());
  }

  /** The entity of this read that {@code type} names, if any. */
  Optional<EntityShape> shapeOf(TypeMirror type) {
    return declaredClass(type).flatMap(this::shape);
  }

  /** The class {@code type} names, if it is a declared type. */
  Optional<TypeElement> declaredClass(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED ? Optional.of((TypeElement) ((DeclaredType) type).asElement())
        : Optional.empty();
  }

  /** Whether an entity of this read has a table of its own named {@code table} in {@code schema}. */
  boolean entityTable(String schema, String table) {
    return shapes.values().stream().anyMatch(shape -> shape.singleTableRoot() == null && !shape.tableless()
        && shape.schema().equals(schema) && shape.tableName().equals(table));
  }

  /** Whether {@code type} names an entity already refused with an error. */
  boolean refused(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && refused.contains(((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString());
  }

  /** The entity whose table {@code shape}'s rows live in: its SINGLE_TABLE root, or itself. */
  EntityShape tableOwner(EntityShape shape) {
    return shape.singleTableRoot() == null ? shape : shape(shape.singleTableRoot()).orElse(shape);
  }

  // ---- names as mapped ----

  /** The JPA entity name: {@code @Entity(name)}, else the class name. */
  String entityName(TypeElement entity) {
    return AnnotationValues.find(entity, Jpa.ENTITY, elements)
        .map(annotation -> annotation.string("name"))
        .filter(name -> !name.isBlank())
        .orElse(entity.getSimpleName().toString());
  }

  /** The table name as mapped: {@code @Table(name)}, else the entity name. */
  String mappedTableName(TypeElement entity) {
    return TableAnnotation.on(entity, elements).flatMap(TableAnnotation::name).orElse(entityName(entity));
  }

  /** The column name a field maps as written ({@code @Column(name)} or the field name), before naming. */
  String logicalColumnName(Element field) {
    return ColumnAnnotation.on(field, elements).map(ColumnAnnotation::name).filter(name -> !name.isBlank())
        .orElse(AttributeAccess.name(field));
  }

  /** A class's discriminator value: {@code @DiscriminatorValue}, else its entity name. */
  String discriminatorValue(TypeElement entity) {
    return AnnotationValues.find(entity, Jpa.DISCRIMINATOR_VALUE, elements)
        .map(value -> value.string("value"))
        .orElseGet(() -> entityName(entity));
  }

  /**
   * The implicit name of a join column, {@code <prefix>_<referenced column>}, as mapped: quoted when
   * the referenced column's name is quoted, as Hibernate keeps its quotes.
   */
  String implicitJoinColumnName(String prefix, EntityKey.KeyColumn referenced) {
    return implicitJoinColumnName(prefix, referenced.logical());
  }

  String implicitJoinColumnName(String prefix, String referencedLogical) {
    PhysicalName referenced = Naming.verbatim(referencedLogical);
    String name = prefix + "_" + referenced.text();
    return referenced.quoted() ? "`" + name + "`" : name;
  }

  // ---- classes and attributes ----

  /** The entity with its entity and mapped superclasses, the furthest first, as JPA orders columns. */
  List<TypeElement> mappedChain(TypeElement entity) {
    Deque<TypeElement> chain = new ArrayDeque<>();
    chain.push(entity);
    TypeMirror superclass = entity.getSuperclass();
    while (superclass.getKind() == TypeKind.DECLARED) {
      TypeElement type = (TypeElement) ((DeclaredType) superclass).asElement();
      if (AnnotationValues.present(type, Jpa.ENTITY) || AnnotationValues.present(type, Jpa.MAPPED_SUPERCLASS)) {
        chain.push(type);
      }
      superclass = type.getSuperclass();
    }
    return List.copyOf(chain);
  }

  /** The closest entity superclass of {@code entity}, if it has one. */
  Optional<TypeElement> entityParent(TypeElement entity) {
    return mappedChain(entity).stream()
        .filter(type -> AnnotationValues.present(type, Jpa.ENTITY) && !type.equals(entity))
        .reduce((first, second) -> second);
  }

  /**
   * The type of {@code field} as {@code owner} sees it: a type variable of a generic mapped
   * superclass is the type {@code owner} binds it to. A field of an embeddable keeps its own type.
   */
  TypeMirror typeIn(TypeElement owner, Element field) {
    try {
      TypeMirror member = types.asMemberOf((DeclaredType) owner.asType(), field);
      return member instanceof ExecutableType getter ? getter.getReturnType() : member;
    } catch (IllegalArgumentException notAMember) {
      return AttributeAccess.type(field);
    }
  }

  /** The {@code @AttributeOverride} columns {@code element} declares, by attribute path. */
  Map<String, ColumnAnnotation> attributeOverrides(Element element) {
    Map<String, ColumnAnnotation> overrides = new HashMap<>();
    List<AnnotationValues> declared = new java.util.ArrayList<>();
    AnnotationValues.find(element, Jpa.ATTRIBUTE_OVERRIDE, elements).ifPresent(declared::add);
    AnnotationValues.find(element, Jpa.ATTRIBUTE_OVERRIDES, elements)
        .ifPresent(list -> declared.addAll(list.annotations("value")));
    declared.forEach(override -> overrides.put(override.string("name"), new ColumnAnnotation(override.annotation("column"))));
    return overrides;
  }

  /** Whether the attribute is the inverse side of an association ({@code mappedBy}): it maps no column. */
  boolean inverseSide(Element field) {
    return AnnotationValues.find(field, Jpa.ONE_TO_MANY, elements)
        .or(() -> AnnotationValues.find(field, Jpa.MANY_TO_MANY, elements))
        .or(() -> AnnotationValues.find(field, Jpa.ONE_TO_ONE, elements))
        .map(association -> !association.string("mappedBy").isBlank())
        .orElse(false);
  }

  /** The {@code @Embeddable} class of {@code type}, if it is one. */
  Optional<TypeElement> embeddable(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return AnnotationValues.present(element, Jpa.EMBEDDABLE) ? Optional.of(element) : Optional.empty();
  }

  /** The enum's constants in declaration order, if {@code type} is an enum. */
  static Optional<List<String>> enumConstants(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    Element element = ((DeclaredType) type).asElement();
    if (element.getKind() != ElementKind.ENUM) {
      return Optional.empty();
    }
    return Optional.of(element.getEnclosedElements().stream()
        .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
        .map(member -> member.getSimpleName().toString())
        .toList());
  }

  /** The element type of a collection attribute: {@code Trade} for {@code List<Trade>}. */
  static TypeMirror elementType(Element field) {
    TypeMirror type = AttributeAccess.type(field);
    if (type.getKind() == TypeKind.DECLARED && !((DeclaredType) type).getTypeArguments().isEmpty()) {
      List<? extends TypeMirror> arguments = ((DeclaredType) type).getTypeArguments();
      return arguments.get(arguments.size() - 1);
    }
    return type;
  }

  static boolean isMap(TypeMirror type) {
    return ColumnTypes.qualifiedName(type).endsWith("Map");
  }

  static boolean isSet(TypeMirror type) {
    return ColumnTypes.qualifiedName(type).endsWith("Set");
  }

  static boolean isBoolean(TypeMirror type) {
    return type.getKind() == TypeKind.BOOLEAN || ColumnTypes.qualifiedName(type).equals("java.lang.Boolean");
  }

  /** The autoApply converter of this compilation whose attribute type is {@code type}, if there is one. */
  Optional<TypeMirror> autoApplyConverter(TypeMirror type) {
    TypeMirror boxed = type.getKind().isPrimitive() ? types.boxedClass((javax.lang.model.type.PrimitiveType) type).asType()
        : type;
    return autoApplyConverters.stream()
        .filter(converter -> converterTypes(converter.asType())
            .map(arguments -> types.isSameType(types.erasure(arguments.get(0)), types.erasure(boxed)))
            .orElse(false))
        .map(TypeElement::asType)
        .findFirst();
  }

  /** Whether Hibernate would store {@code type} serialized: a class that implements {@code Serializable}. */
  boolean serializable(TypeMirror type) {
    TypeElement serializable = elements.getTypeElement("java.io.Serializable");
    return type.getKind() == TypeKind.DECLARED && serializable != null && types.isAssignable(type, serializable.asType());
  }

  /** The database type {@code Y} of a converter implementing {@code AttributeConverter<X, Y>}. */
  Optional<TypeMirror> converterDatabaseType(TypeMirror converter) {
    return converterTypes(converter).map(arguments -> arguments.get(1));
  }

  /** The type arguments {@code X, Y} of a converter implementing {@code AttributeConverter<X, Y>}. */
  private Optional<List<? extends TypeMirror>> converterTypes(TypeMirror converter) {
    Deque<TypeMirror> pending = new ArrayDeque<>(List.of(converter));
    while (!pending.isEmpty()) {
      TypeMirror type = pending.pop();
      if (type.getKind() == TypeKind.DECLARED) {
        DeclaredType declared = (DeclaredType) type;
        if (((TypeElement) declared.asElement()).getQualifiedName().contentEquals(Jpa.ATTRIBUTE_CONVERTER)
            && declared.getTypeArguments().size() == 2) {
          return Optional.of(declared.getTypeArguments());
        }
        pending.addAll(types.directSupertypes(type));
      }
    }
    return Optional.empty();
  }

  // ---- refusals shared by the mappers ----

  /** Refuses a column name that is a reserved word Hibernate would write unquoted, such as {@code user}. */
  void refuseReservedColumn(Element element, PhysicalName physical, String owner) {
    String stored = physical.stored();
    if (!physical.quoted() && PostgresKeywords.RESERVED.contains(stored)) {
      reporter.error(element, Diagnostic.RESERVED_COLUMN, stored, owner, stored);
    }
  }
}
