package dev.tidemark.processor.read;

import dev.tidemark.runtime.schema.Sequence;
import dev.tidemark.runtime.schema.Table;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What one entity maps to.
 *
 * @param schema the schema of its table
 * @param table the table
 * @param sequences the sequences its identifier generator needs
 * @param entity the entity class, where messages about the table are reported
 */
record EntityTable(String schema, Table table, List<Sequence> sequences, TypeElement entity) {}
