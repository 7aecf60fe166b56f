package dev.tidemark.processor.read;

import javax.lang.model.element.TypeElement;

/**
 * A class annotated {@code @ManualRevision}, as the processor found it.
 *
 * @param schema the schema whose chain it joins
 * @param name the revision name
 * @param after the revision it follows ({@code ""} for the first)
 * @param className its qualified name
 * @param sourceChecksum the SHA-256 of its source file, line ends normalised
 * @param element the class, where messages about it are reported
 */
public record ManualDeclaration(
    String schema, String name, String after, String className, String sourceChecksum, TypeElement element) {}
