package dev.tidemark.processor.read;

import java.util.List;
import java.util.Locale;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/**
 * Tidemark's naming port: names as Hibernate ORM 7 computes them. A mapped name (from an annotation
 * or a field) goes through Hibernate's physical naming strategy; Hibernate writes the result unquoted
 * unless the mapping quoted it (backticks or double quotes). Hibernate's own classes do the naming
 * and the hashing of constraint names, and this is the only class of the reader that sees them: the
 * rest works with {@link PhysicalName}.
 */
public final class Naming {

  /** The {@code tidemark.naming} values, each Hibernate's strategy of that name. */
  public enum Strategy {
    /** Hibernate's default: names as mapped ({@code PhysicalNamingStrategyStandardImpl}). */
    HIBERNATE(new PhysicalNamingStrategyStandardImpl()),
    /** Spring Boot's default: {@code tradeDate} becomes {@code trade_date} ({@code CamelCaseToUnderscoresNamingStrategy}). */
    SNAKE_CASE(new CamelCaseToUnderscoresNamingStrategy());

    private final PhysicalNamingStrategy physical;

    Strategy(PhysicalNamingStrategy physical) {
      this.physical = physical;
    }

    /** The option value: {@code hibernate} or {@code snake_case}. */
    public String optionValue() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Strategy strategy;

  public Naming(Strategy strategy) {
    this.strategy = strategy;
  }

  /** The physical name Hibernate uses for a table mapped as {@code mapped}. */
  PhysicalName table(String mapped) {
    return of(strategy.physical.toPhysicalTableName(Identifier.toIdentifier(mapped.trim()), null));
  }

  PhysicalName column(String mapped) {
    return of(strategy.physical.toPhysicalColumnName(Identifier.toIdentifier(mapped.trim()), null));
  }

  PhysicalName sequence(String mapped) {
    return of(strategy.physical.toPhysicalSequenceName(Identifier.toIdentifier(mapped.trim()), null));
  }

  PhysicalName schema(String mapped) {
    return of(strategy.physical.toPhysicalSchemaName(Identifier.toIdentifier(mapped.trim()), null));
  }

  /** The schema name PostgreSQL stores for {@code mapped}. */
  String storedSchema(String mapped) {
    return schema(mapped).stored();
  }

  /** A name used as written, without the naming strategy (constraint names): quoted if the mapping quotes it. */
  static PhysicalName verbatim(String written) {
    return of(Identifier.toIdentifier(written));
  }

  /** Hibernate's implicit foreign key name: {@code FK} and a hash of both tables and the columns. */
  static String foreignKeyName(PhysicalName table, PhysicalName referencedTable, List<PhysicalName> columns) {
    return verbatim(NamingHelper.INSTANCE.generateHashedFkName("FK", identifier(table), identifier(referencedTable),
        columns.stream().map(Naming::identifier).toList())).stored();
  }

  /** Hibernate's implicit unique key ({@code UK}) or index ({@code IDX}) name: a hash of table and columns. */
  static String constraintName(String prefix, PhysicalName table, List<PhysicalName> columns) {
    return verbatim(NamingHelper.INSTANCE.generateHashedConstraintName(prefix, identifier(table),
        columns.stream().map(Naming::identifier).toList())).stored();
  }

  private static PhysicalName of(Identifier identifier) {
    return new PhysicalName(identifier.getText(), identifier.isQuoted());
  }

  private static Identifier identifier(PhysicalName name) {
    return new Identifier(name.text(), name.quoted());
  }
}
