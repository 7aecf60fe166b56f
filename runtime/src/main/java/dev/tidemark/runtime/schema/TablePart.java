package dev.tidemark.runtime.schema;

/**
 * Something declared by {@code create table}: a column, a primary key, unique or check constraint,
 * or the range partitioning that follows the parentheses.
 */
public sealed interface TablePart permits Column, PrimaryKey, UniqueConstraint, CheckConstraint, RangePartitioning {}
