package dev.tidemark.runtime.schema;

/** Something declared inside {@code create table}: a column, or a primary key, unique or check constraint. */
public sealed interface TablePart permits Column, PrimaryKey, UniqueConstraint, CheckConstraint {}
