package dev.tidemark.runtime.schema;

/** Something declared inside {@code create table}: a column or a table constraint. */
public sealed interface TablePart permits Column, PrimaryKey, CheckConstraint {}
