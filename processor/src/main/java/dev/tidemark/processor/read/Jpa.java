package dev.tidemark.processor.read;

/** Qualified names of the annotations the reader understands or refuses. */
final class Jpa {

  static final String ENTITY = "jakarta.persistence.Entity";
  static final String MAPPED_SUPERCLASS = "jakarta.persistence.MappedSuperclass";
  static final String EMBEDDABLE = "jakarta.persistence.Embeddable";
  static final String TABLE = "jakarta.persistence.Table";
  static final String COLUMN = "jakarta.persistence.Column";
  static final String BASIC = "jakarta.persistence.Basic";
  static final String ID = "jakarta.persistence.Id";
  static final String GENERATED_VALUE = "jakarta.persistence.GeneratedValue";
  static final String SEQUENCE_GENERATOR = "jakarta.persistence.SequenceGenerator";
  static final String TRANSIENT = "jakarta.persistence.Transient";
  static final String ENUMERATED = "jakarta.persistence.Enumerated";
  static final String ACCESS = "jakarta.persistence.Access";
  static final String RENAMED_FROM = "dev.tidemark.annotations.RenamedFrom";
  static final String ACKNOWLEDGE_DROP = "dev.tidemark.annotations.AcknowledgeDrop";

  /** Mappings a later version will read; until then each is a compile error, never a silently wrong column. */
  static final String[] NOT_YET_SUPPORTED = {
    "jakarta.persistence.ManyToOne",
    "jakarta.persistence.OneToOne",
    "jakarta.persistence.OneToMany",
    "jakarta.persistence.ManyToMany",
    "jakarta.persistence.ElementCollection",
    "jakarta.persistence.Embedded",
    "jakarta.persistence.EmbeddedId",
    "jakarta.persistence.IdClass",
    "jakarta.persistence.Inheritance",
    "jakarta.persistence.Lob",
    "jakarta.persistence.Convert",
    "jakarta.persistence.Version",
    "jakarta.persistence.Temporal",
    "jakarta.persistence.JoinColumn",
    "jakarta.persistence.OrderColumn",
    "org.hibernate.annotations.JdbcTypeCode",
    "org.hibernate.annotations.ColumnDefault",
    "org.hibernate.annotations.Check",
    "org.hibernate.annotations.Comment",
    "org.hibernate.annotations.NaturalId",
  };

  private Jpa() {}
}
