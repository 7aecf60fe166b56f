package dev.tidemark.processor.read;

import dev.tidemark.processor.Diagnostic;
import java.beans.Introspector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Which members of a class are its persistent attributes, fields or getters, decided as Hibernate
 * 7's {@code InheritanceState} and {@code PropertyContainer} decide: a hierarchy's default access
 * comes from where its {@code @Id} or {@code @EmbeddedId} is, a class's own {@code @Access}
 * overrides it, and an attribute's {@code @Access} picks its member whatever the class uses.
 */
final class AttributeAccess {

  enum Kind { FIELD, PROPERTY }

  private final ReadContext context;
  /** Members already reported, so a class that several entities inherit is reported once. */
  private final Set<Element> reported = new HashSet<>();

  AttributeAccess(ReadContext context) {
    this.context = context;
  }

  /** The attribute's name: the field's, or the getter's without {@code get} or {@code is}, as JavaBeans spells it. */
  static String name(Element attribute) {
    if (attribute.getKind() != ElementKind.METHOD) {
      return attribute.getSimpleName().toString();
    }
    String method = attribute.getSimpleName().toString();
    return Introspector.decapitalize(method.substring(method.startsWith("is") ? 2 : 3));
  }

  /** The attribute's declared type: the field's, or the getter's return type. */
  static TypeMirror type(Element attribute) {
    return attribute.getKind() == ElementKind.METHOD ? ((ExecutableElement) attribute).getReturnType()
        : attribute.asType();
  }

  /**
   * The access of the entity's attributes when its classes do not say: from the class that holds
   * the {@code @Id} (a getter before a field, nearest class first, skipping classes with {@code @Access}),
   * else from the mapping annotations of the entity, its root, then its mapped superclasses; property
   * access when nothing tells.
   */
  Kind hierarchyDefault(TypeElement entity) {
    List<TypeElement> chain = context.mappedChain(entity);
    for (int i = chain.size() - 1; i >= 0; i--) {
      TypeElement type = chain.get(i);
      if (AnnotationValues.present(type, Jpa.ACCESS)) {
        continue;
      }
      if (getters(type).stream().anyMatch(getter -> inferring(getter) && isId(getter))) {
        return Kind.PROPERTY;
      }
      if (ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
          .anyMatch(field -> inferring(field) && isId(field))) {
        return Kind.FIELD;
      }
    }
    TypeElement root = chain.stream().filter(type -> AnnotationValues.present(type, Jpa.ENTITY)).findFirst()
        .orElse(entity);
    List<TypeElement> candidates = new ArrayList<>(List.of(entity, root));
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (AnnotationValues.present(chain.get(i), Jpa.MAPPED_SUPERCLASS)) {
        candidates.add(chain.get(i));
      }
    }
    return candidates.stream().map(this::fromMembers).flatMap(Optional::stream).findFirst().orElse(Kind.PROPERTY);
  }

  /** The access an entity's own attributes and its embeddables use: its {@code @Access}, else its hierarchy's. */
  Kind entityAccess(TypeElement entity) {
    return declared(entity).orElseGet(() -> hierarchyDefault(entity));
  }

  /**
   * The access of the embeddable of {@code attribute}, unless the embeddable says otherwise: the
   * attribute's {@code @Access}, else {@code outer}.
   */
  Kind embeddedAccess(Element attribute, Kind outer) {
    return declared(attribute).orElse(outer);
  }

  /**
   * The persistent attributes {@code type} declares, in declaration order: members with their own
   * {@code @Access} first, then the fields or getters its access (its {@code @Access}, else
   * {@code inherited}) selects. {@code owner} is the class whose instances hold them, where
   * Hibernate looks for each getter's setter. Static, {@code transient} and {@code @Transient}
   * members never count; {@code @Formula} attributes are left out, as they map no column.
   */
  List<Element> attributes(TypeElement type, Kind inherited, TypeElement owner) {
    if (type.getKind() == ElementKind.RECORD) {
      // A record's components are its attributes, through field or accessor alike.
      return ElementFilter.fieldsIn(type.getEnclosedElements()).stream().filter(AttributeAccess::persistable)
          .filter(field -> !AnnotationValues.present(field, Jpa.FORMULA)).map(Element.class::cast).toList();
    }
    Kind access = declared(type).orElse(inherited);
    List<Element> fields = ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(AttributeAccess::persistable).map(Element.class::cast).toList();
    List<Element> getters = getters(type).stream().filter(AttributeAccess::persistable).toList();
    Map<String, Element> chosen = new LinkedHashMap<>();
    fields.stream().filter(field -> AnnotationValues.present(field, Jpa.ACCESS))
        .forEach(field -> chosen.put(name(field), field));
    Map<String, Element> getterOf = new LinkedHashMap<>();
    for (Element getter : getters) {
      boolean local = AnnotationValues.present(getter, Jpa.ACCESS);
      if (!local && access == Kind.FIELD) {
        continue;
      }
      Element previous = getterOf.putIfAbsent(name(getter), getter);
      if (previous != null) {
        // Hibernate refuses two getters of one property (isActive() and getActive()).
        if (reported.add(getter)) {
          context.reporter.error(getter, Diagnostic.UNSUPPORTED_MAPPING, "Two getters of property " + name(getter)
              + " (" + previous.getSimpleName() + " and " + getter.getSimpleName() + " in " + type.getSimpleName() + ")",
              "Hibernate refuses them as ambiguous; mark one @Transient");
        }
        continue;
      }
      if (local || !chosen.containsKey(name(getter))) {
        chosen.put(name(getter), getter);
      }
    }
    if (access == Kind.FIELD) {
      fields.forEach(field -> chosen.putIfAbsent(name(field), field));
    }
    List<Element> attributes = new ArrayList<>();
    for (Element member : type.getEnclosedElements()) {
      if (chosen.get(name(member)) == member && !AnnotationValues.present(member, Jpa.FORMULA)) {
        attributes.add(member);
      }
    }
    attributes.stream().filter(member -> member.getKind() == ElementKind.METHOD && !hasSetter(owner, name(member)))
        .filter(reported::add)
        .forEach(getter -> context.reporter.error(getter, Diagnostic.NO_SETTER, owner.getSimpleName(), name(getter),
            getter.getSimpleName()));
    return attributes;
  }

  /** The class's or attribute's own {@code @Access}, if it has one. */
  private Optional<Kind> declared(Element element) {
    return AnnotationValues.find(element, Jpa.ACCESS, context.elements)
        .map(access -> access.enumConstant("value").equals("PROPERTY") ? Kind.PROPERTY : Kind.FIELD);
  }

  private Optional<Kind> fromMembers(TypeElement type) {
    if (ElementFilter.fieldsIn(type.getEnclosedElements()).stream().anyMatch(f -> inferring(f) && mapped(f))) {
      return Optional.of(Kind.FIELD);
    }
    if (getters(type).stream().anyMatch(getter -> inferring(getter) && mapped(getter))) {
      return Optional.of(Kind.PROPERTY);
    }
    return Optional.empty();
  }

  /**
   * The methods Hibernate takes for getters: no parameters, not static, not void, named
   * {@code get...}, or {@code is...} returning {@code boolean} or {@code Boolean}.
   */
  private static List<Element> getters(TypeElement type) {
    List<Element> getters = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      String name = method.getSimpleName().toString();
      TypeMirror returned = method.getReturnType();
      boolean getter = name.startsWith("get") && name.length() > 3
          || name.startsWith("is") && name.length() > 2 && ReadContext.isBoolean(returned);
      if (getter && method.getParameters().isEmpty() && returned.getKind() != TypeKind.VOID
          && !method.getModifiers().contains(Modifier.STATIC)
          && !ColumnTypes.qualifiedName(returned).equals("java.lang.Void")) {
        getters.add(method);
      }
    }
    return getters;
  }

  /** Whether Hibernate finds a setter of {@code property} on {@code owner}: one parameter, named {@code set<Property>}. */
  private boolean hasSetter(TypeElement owner, String property) {
    return ElementFilter.methodsIn(context.elements.getAllMembers(owner)).stream()
        .filter(method -> method.getParameters().size() == 1)
        .map(method -> method.getSimpleName().toString())
        .filter(name -> name.startsWith("set") && name.length() > 3)
        .anyMatch(name -> Introspector.decapitalize(name.substring(3)).equals(property)
            || name.substring(3).equals(property));
  }

  private static boolean persistable(Element member) {
    Set<Modifier> modifiers = member.getModifiers();
    return !modifiers.contains(Modifier.STATIC) && !modifiers.contains(Modifier.TRANSIENT)
        && !AnnotationValues.present(member, Jpa.TRANSIENT);
  }

  /** Whether the member may tell the hierarchy's access: persistable, without {@code @Access} or {@code @Transient}. */
  private static boolean inferring(Element member) {
    return persistable(member) && !AnnotationValues.present(member, Jpa.ACCESS);
  }

  private static boolean isId(Element member) {
    return AnnotationValues.present(member, Jpa.ID) || AnnotationValues.present(member, Jpa.EMBEDDED_ID);
  }

  /** Whether the member carries a mapping annotation of {@code jakarta.persistence}, as Hibernate counts them. */
  private static boolean mapped(Element member) {
    return member.getAnnotationMirrors().stream()
        .map(mirror -> ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString())
        .anyMatch(name -> name.startsWith("jakarta.persistence.") && !NOT_MAPPING.contains(name));
  }

  /** The {@code jakarta.persistence} annotations Hibernate does not count as mapping a member. */
  private static final Set<String> NOT_MAPPING = Set.of("jakarta.persistence.PostLoad",
      "jakarta.persistence.PostPersist", "jakarta.persistence.PostRemove", "jakarta.persistence.PostUpdate",
      "jakarta.persistence.PrePersist", "jakarta.persistence.PreRemove", "jakarta.persistence.PreUpdate",
      "jakarta.persistence.Transient", "jakarta.persistence.Access");
}
