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
  static final String TABLE_GENERATOR = "jakarta.persistence.TableGenerator";
  static final String TRANSIENT = "jakarta.persistence.Transient";
  static final String ENUMERATED = "jakarta.persistence.Enumerated";
  static final String ACCESS = "jakarta.persistence.Access";
  static final String RENAMED_FROM = "dev.tidemark.annotations.RenamedFrom";
  static final String ACKNOWLEDGE_DROP = "dev.tidemark.annotations.AcknowledgeDrop";

  static final String MANY_TO_ONE = "jakarta.persistence.ManyToOne";
  static final String ONE_TO_ONE = "jakarta.persistence.OneToOne";
  static final String JOIN_COLUMN = "jakarta.persistence.JoinColumn";
  static final String MAPS_ID = "jakarta.persistence.MapsId";
  static final String JOIN_COLUMNS = "jakarta.persistence.JoinColumns";
  static final String EMBEDDED = "jakarta.persistence.Embedded";
  static final String ATTRIBUTE_OVERRIDE = "jakarta.persistence.AttributeOverride";
  static final String ATTRIBUTE_OVERRIDES = "jakarta.persistence.AttributeOverrides";
  static final String LOB = "jakarta.persistence.Lob";
  static final String VERSION = "jakarta.persistence.Version";
  static final String TEMPORAL = "jakarta.persistence.Temporal";
  static final String JDBC_TYPE_CODE = "org.hibernate.annotations.JdbcTypeCode";
  static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";
  static final String CHECK = "org.hibernate.annotations.Check";
  static final String CHECKS = "org.hibernate.annotations.Checks";
  static final String COMMENT = "org.hibernate.annotations.Comment";
  static final String NATURAL_ID = "org.hibernate.annotations.NaturalId";
  static final String ON_DELETE = "org.hibernate.annotations.OnDelete";
  static final String ONE_TO_MANY = "jakarta.persistence.OneToMany";
  static final String MANY_TO_MANY = "jakarta.persistence.ManyToMany";
  static final String CONVERT = "jakarta.persistence.Convert";
  static final String EMBEDDED_ID = "jakarta.persistence.EmbeddedId";
  static final String ID_CLASS = "jakarta.persistence.IdClass";
  static final String INHERITANCE = "jakarta.persistence.Inheritance";
  static final String PRIMARY_KEY_JOIN_COLUMN = "jakarta.persistence.PrimaryKeyJoinColumn";
  static final String ELEMENT_COLLECTION = "jakarta.persistence.ElementCollection";
  static final String DISCRIMINATOR_COLUMN = "jakarta.persistence.DiscriminatorColumn";
  static final String ORDER_COLUMN = "jakarta.persistence.OrderColumn";
  static final String MAP_KEY_COLUMN = "jakarta.persistence.MapKeyColumn";
  static final String MAP_KEY = "jakarta.persistence.MapKey";
  static final String MAP_KEY_ENUMERATED = "jakarta.persistence.MapKeyEnumerated";
  static final String FORMULA = "org.hibernate.annotations.Formula";
  static final String DISCRIMINATOR_VALUE = "jakarta.persistence.DiscriminatorValue";
  static final String JOIN_TABLE = "jakarta.persistence.JoinTable";
  static final String COLLECTION_TABLE = "jakarta.persistence.CollectionTable";
  static final String ATTRIBUTE_CONVERTER = "jakarta.persistence.AttributeConverter";
  static final String CONVERTER = "jakarta.persistence.Converter";
  static final String ENUMERATED_VALUE = "jakarta.persistence.EnumeratedValue";
  static final String SECONDARY_TABLE = "jakarta.persistence.SecondaryTable";
  static final String SECONDARY_TABLES = "jakarta.persistence.SecondaryTables";

  private Jpa() {}
}
