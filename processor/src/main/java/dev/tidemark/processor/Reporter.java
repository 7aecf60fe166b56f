package dev.tidemark.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Prints diagnostics through the {@link Messager}, on the element that caused them, and counts errors. */
public final class Reporter {

  private final Messager messager;
  private final boolean mavenSpelling;
  private int errors;

  /**
   * @param mavenSpelling whether to name options as Maven properties ({@code -Dtidemark.freeze}) in
   *     messages, which spell them as javac options ({@code -Atidemark.freeze})
   */
  public Reporter(Messager messager, boolean mavenSpelling) {
    this.messager = messager;
    this.mavenSpelling = mavenSpelling;
  }

  /** An error on {@code element}, or on no element when it is {@code null} (ledger problems). */
  public void error(Element element, Diagnostic diagnostic, Object... arguments) {
    errors++;
    messager.printMessage(Kind.ERROR, text(diagnostic, arguments), element);
  }

  /** An error on one annotation of {@code element}, so the IDE underlines the annotation itself. */
  public void error(Element element, AnnotationMirror annotation, Diagnostic diagnostic, Object... arguments) {
    errors++;
    messager.printMessage(Kind.ERROR, text(diagnostic, arguments), element, annotation);
  }

  /**
   * An error on one value of an annotation, so the IDE underlines {@code length = -1} itself; absent
   * parts may be {@code null}.
   */
  public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Diagnostic diagnostic,
      Object... arguments) {
    errors++;
    messager.printMessage(Kind.ERROR, text(diagnostic, arguments), element, annotation, value);
  }

  /** A warning on {@code element}: the build goes on, but the mapping deserves a look. */
  public void warning(Element element, Diagnostic diagnostic, Object... arguments) {
    messager.printMessage(Kind.WARNING, text(diagnostic, arguments), element);
  }

  /** A warning on one annotation of {@code element}: something Tidemark, like Hibernate, ignores. */
  public void warning(Element element, AnnotationMirror annotation, Diagnostic diagnostic, Object... arguments) {
    messager.printMessage(Kind.WARNING, text(diagnostic, arguments), element, annotation);
  }

  /** A note on {@code element}: what the build did about it, for the curious. */
  public void note(Element element, Diagnostic diagnostic, Object... arguments) {
    messager.printMessage(Kind.NOTE, diagnostic.format(arguments), element);
  }

  public void note(Diagnostic diagnostic, Object... arguments) {
    messager.printMessage(Kind.NOTE, text(diagnostic, arguments));
  }

  public int errors() {
    return errors;
  }

  private String text(Diagnostic diagnostic, Object... arguments) {
    String message = diagnostic.format(arguments);
    return mavenSpelling ? message.replace("-Atidemark.", "-Dtidemark.") : message;
  }
}
