package test.desks.migrations.public_;

/** Takes the name of the catalog Tidemark generates, so the Filer refuses to create it. */
public final class PublicCatalog {}
