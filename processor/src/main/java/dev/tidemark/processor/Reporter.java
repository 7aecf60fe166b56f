package dev.tidemark.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic.Kind;

/** Prints diagnostics through the {@link Messager}, on the element that caused them, and counts errors. */
public final class Reporter {

  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /** An error on {@code element}, or on no element when it is {@code null} (ledger problems). */
  public void error(Element element, Diagnostic diagnostic, Object... arguments) {
    errors++;
    messager.printMessage(Kind.ERROR, diagnostic.format(arguments), element);
  }

  /** An error on one annotation of {@code element}, so the IDE underlines the annotation itself. */
  public void error(Element element, AnnotationMirror annotation, Diagnostic diagnostic, Object... arguments) {
    errors++;
    messager.printMessage(Kind.ERROR, diagnostic.format(arguments), element, annotation);
  }

  /** An error on one value of an annotation, so the IDE underlines the value; absent parts may be {@code null}. */
  public void error(Element element, AnnotationMirror annotation, AnnotationValue value, Diagnostic diagnostic,
      Object... arguments) {
    errors++;
    messager.printMessage(Kind.ERROR, diagnostic.format(arguments), element, annotation, value);
  }

  /** A warning on {@code element}: the build goes on, but the mapping deserves a look. */
  public void warning(Element element, Diagnostic diagnostic, Object... arguments) {
    messager.printMessage(Kind.WARNING, diagnostic.format(arguments), element);
  }

  /** A warning on one annotation of {@code element}: something Tidemark, like Hibernate, ignores. */
  public void warning(Element element, AnnotationMirror annotation, Diagnostic diagnostic, Object... arguments) {
    messager.printMessage(Kind.WARNING, diagnostic.format(arguments), element, annotation);
  }

  /** A note on {@code element}: what the build did about it, for the curious. */
  public void note(Element element, Diagnostic diagnostic, Object... arguments) {
    messager.printMessage(Kind.NOTE, diagnostic.format(arguments), element);
  }

  public void note(Diagnostic diagnostic, Object... arguments) {
    messager.printMessage(Kind.NOTE, diagnostic.format(arguments));
  }

  public int errors() {
    return errors;
  }
}
