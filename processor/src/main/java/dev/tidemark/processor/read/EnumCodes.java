package dev.tidemark.processor.read;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.tidemark.processor.Diagnostic;
import dev.tidemark.processor.Reporter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * The codes Hibernate stores for an enum whose field is marked {@code @EnumeratedValue}: each
 * constant's value of that field. Only running the enum's constructors would tell them, so they are
 * read from the enum's source: the argument each constant passes to the constructor parameter that
 * the constructor assigns to the field, when that argument is a literal or a constant.
 */
final class EnumCodes {

  /**
   * One enum's codes.
   *
   * @param field the {@code @EnumeratedValue} field
   * @param byConstant each constant's code (a {@code String} or an {@code Integer}), in declaration order
   */
  record Codes(VariableElement field, Map<String, Object> byConstant) {}

  private final ProcessingEnvironment environment;
  private final Reporter reporter;
  /** Each enum's codes by its name, empty once reported unreadable, so an enum is reported once. */
  private final Map<String, Optional<Codes>> read = new HashMap<>();

  EnumCodes(ProcessingEnvironment environment, Reporter reporter) {
    this.environment = environment;
    this.reporter = reporter;
  }

  /** The field of {@code enumType} marked {@code @EnumeratedValue}, the first as Hibernate takes it. */
  static Optional<VariableElement> field(TypeElement enumType) {
    return ElementFilter.fieldsIn(enumType.getEnclosedElements()).stream()
        .filter(field -> field.getKind() == ElementKind.FIELD && AnnotationValues.present(field, Jpa.ENUMERATED_VALUE))
        .findFirst();
  }

  /**
   * The codes of {@code enumType}, whose {@code @EnumeratedValue} field is {@code field}; empty after
   * reporting why they cannot be read, on {@code attribute} when the enum has no source here.
   */
  Optional<Codes> of(TypeElement enumType, VariableElement field, Element attribute, String where) {
    Optional<Trees> trees = trees();
    if (trees.isEmpty() || trees.get().getPath(enumType) == null) {
      reporter.error(attribute, Diagnostic.ENUM_CODES_COMPILED, where, enumType.getQualifiedName());
      return Optional.empty();
    }
    return read.computeIfAbsent(enumType.getQualifiedName().toString(),
        name -> fromSource(trees.get(), enumType, field));
  }

  private Optional<Trees> trees() {
    try {
      return Optional.of(Trees.instance(environment));
    } catch (IllegalArgumentException notJavac) {
      // Another compiler (Eclipse's) has no javac trees: the codes cannot be read there.
      return Optional.empty();
    }
  }

  private Optional<Codes> fromSource(Trees trees, TypeElement enumType, VariableElement field) {
    Map<String, Object> codes = new LinkedHashMap<>();
    boolean text = !field.asType().getKind().isPrimitive();
    for (VariableElement constant : ElementFilter.fieldsIn(enumType.getEnclosedElements())) {
      if (constant.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String name = enumType.getSimpleName() + "." + constant.getSimpleName();
      TreePath path = trees.getPath(constant);
      ExpressionTree initializer = path == null ? null : ((VariableTree) path.getLeaf()).getInitializer();
      if (!(initializer instanceof NewClassTree call)) {
        return unreadable(constant, name, "its declaration cannot be found in the source");
      }
      Optional<Integer> parameter = constructor(trees, enumType, call, new TreePath(path, call))
          .flatMap(constructor -> assignedParameter(trees, constructor, field));
      if (parameter.isEmpty()) {
        return unreadable(constant, name, "no constructor it calls assigns the field " + field.getSimpleName()
            + " one of its parameters (this." + field.getSimpleName() + " = parameter)");
      }
      ExpressionTree argument = call.getArguments().get(parameter.get());
      Optional<Object> code = constantValue(trees, new TreePath(new TreePath(path, call), argument))
          .flatMap(value -> text ? Optional.of(value).filter(String.class::isInstance) : integer(value));
      if (code.isEmpty()) {
        return unreadable(constant, name, "its argument " + argument + " is not a "
            + (text ? "String" : "whole-number") + " literal or constant");
      }
      codes.put(constant.getSimpleName().toString(), code.get());
    }
    return Optional.of(new Codes(field, codes));
  }

  private Optional<Codes> unreadable(VariableElement constant, String name, String why) {
    reporter.error(constant, Diagnostic.ENUM_CODE, name, why);
    return Optional.empty();
  }

  /**
   * The enum constructor {@code call} runs: its own, or for a constant with a body (an anonymous
   * subclass) the enum's only constructor taking as many arguments.
   */
  private static Optional<ExecutableElement> constructor(Trees trees, TypeElement enumType, NewClassTree call,
      TreePath path) {
    if (call.getClassBody() == null) {
      return Optional.ofNullable(trees.getElement(path)).filter(ExecutableElement.class::isInstance)
          .map(ExecutableElement.class::cast);
    }
    List<ExecutableElement> fitting = ElementFilter.constructorsIn(enumType.getEnclosedElements()).stream()
        .filter(constructor -> constructor.getParameters().size() == call.getArguments().size())
        .toList();
    return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
  }

  /** The index of the parameter {@code constructor} assigns to {@code field}, if it does so directly. */
  private static Optional<Integer> assignedParameter(Trees trees, ExecutableElement constructor, VariableElement field) {
    MethodTree method = trees.getTree(constructor);
    if (method == null || method.getBody() == null) {
      return Optional.empty();
    }
    List<String> parameters = constructor.getParameters().stream().map(p -> p.getSimpleName().toString()).toList();
    String fieldName = field.getSimpleName().toString();
    for (StatementTree statement : method.getBody().getStatements()) {
      if (statement instanceof ExpressionStatementTree expression
          && expression.getExpression() instanceof AssignmentTree assignment
          && assignment.getExpression() instanceof IdentifierTree value
          && parameters.contains(value.getName().toString())
          && assignsField(assignment.getVariable(), fieldName, parameters)) {
        return Optional.of(parameters.indexOf(value.getName().toString()));
      }
    }
    return Optional.empty();
  }

  /** Whether {@code target} is {@code this.field}, or {@code field} where no parameter hides it. */
  private static boolean assignsField(ExpressionTree target, String field, List<String> parameters) {
    if (target instanceof MemberSelectTree select) {
      return select.getIdentifier().contentEquals(field) && select.getExpression() instanceof IdentifierTree owner
          && owner.getName().contentEquals("this");
    }
    return target instanceof IdentifierTree name && name.getName().contentEquals(field) && !parameters.contains(field);
  }

  /** The compile-time value of a literal or a constant, or either negated, parenthesized or cast to a whole number. */
  private static Optional<Object> constantValue(Trees trees, TreePath path) {
    Tree leaf = path.getLeaf();
    if (leaf instanceof LiteralTree literal) {
      return Optional.ofNullable(literal.getValue());
    }
    if (leaf instanceof ParenthesizedTree parenthesized) {
      return constantValue(trees, new TreePath(path, parenthesized.getExpression()));
    }
    if (leaf instanceof TypeCastTree cast && cast.getType() instanceof PrimitiveTypeTree primitive) {
      return constantValue(trees, new TreePath(path, cast.getExpression())).flatMap(EnumCodes::integer)
          .flatMap(value -> narrowed((Integer) value, primitive.getPrimitiveTypeKind()));
    }
    if (leaf instanceof UnaryTree unary && (leaf.getKind() == Tree.Kind.UNARY_MINUS
        || leaf.getKind() == Tree.Kind.UNARY_PLUS)) {
      return constantValue(trees, new TreePath(path, unary.getExpression())).flatMap(EnumCodes::integer)
          .map(value -> leaf.getKind() == Tree.Kind.UNARY_MINUS ? -(Integer) value : value);
    }
    if (leaf instanceof IdentifierTree || leaf instanceof MemberSelectTree) {
      Element element = trees.getElement(path);
      return element instanceof VariableElement variable ? Optional.ofNullable(variable.getConstantValue())
          : Optional.empty();
    }
    return Optional.empty();
  }

  /** {@code value} cast to {@code kind}, as Java narrows it ({@code (byte) 200} is -56); empty for other casts. */
  private static Optional<Object> narrowed(int value, TypeKind kind) {
    return switch (kind) {
      case BYTE -> Optional.of((int) (byte) value);
      case SHORT -> Optional.of((int) (short) value);
      case CHAR -> Optional.of((int) (char) value);
      case INT -> Optional.of(value);
      default -> Optional.empty();
    };
  }

  /** A whole number (a char counts by its code, as a cast to int takes it) as an {@code Integer}. */
  private static Optional<Object> integer(Object value) {
    if (value instanceof Character character) {
      return Optional.of((int) character);
    }
    return value instanceof Integer || value instanceof Short || value instanceof Byte
        ? Optional.of(((Number) value).intValue()) : Optional.empty();
  }

  /** Whether {@code field} holds an integer code Hibernate accepts for an ordinal enum: byte, short or int. */
  static boolean integerCode(VariableElement field) {
    TypeKind kind = field.asType().getKind();
    return kind == TypeKind.BYTE || kind == TypeKind.SHORT || kind == TypeKind.INT;
  }
}
