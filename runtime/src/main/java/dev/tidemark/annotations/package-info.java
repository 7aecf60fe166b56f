/**
 * Tidemark's annotations for entity classes: what the mapping alone cannot say about a change.
 * The annotation processor reads them; nothing reads them at run time.
 */
package dev.tidemark.annotations;
