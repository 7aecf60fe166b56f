package dev.tidemark.processor.read;

import dev.tidemark.runtime.schema.PostgresNames;
import java.util.List;
import java.util.Locale;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.NamingHelper;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

/**
 * Names as Hibernate ORM 7 computes them and PostgreSQL then stores them. A mapped name (from an
 * annotation or a field) goes through Hibernate's physical naming strategy; Hibernate writes the
 * result unquoted unless the mapping quoted it (backticks or double quotes), and PostgreSQL folds
 * unquoted names to lower case: {@code tradeDate} is stored as {@code tradedate}, {@code `Order`}
 * as {@code Order}. Hibernate's own classes do the naming and the hashing of constraint names;
 * only the folding, which happens in PostgreSQL, is done here.
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

  /** The physical identifier Hibernate uses for a table mapped as {@code mapped}. */
  Identifier table(String mapped) {
    return strategy.physical.toPhysicalTableName(Identifier.toIdentifier(mapped.trim()), null);
  }

  Identifier column(String mapped) {
    return strategy.physical.toPhysicalColumnName(Identifier.toIdentifier(mapped.trim()), null);
  }

  Identifier sequence(String mapped) {
    return strategy.physical.toPhysicalSequenceName(Identifier.toIdentifier(mapped.trim()), null);
  }

  Identifier schema(String mapped) {
    return strategy.physical.toPhysicalSchemaName(Identifier.toIdentifier(mapped.trim()), null);
  }

  /** The name PostgreSQL stores for {@code physical}: folded unless quoted, cut to 63 bytes. */
  static String stored(Identifier physical) {
    String text = physical.isQuoted() ? physical.getText() : foldUnquoted(physical.getText());
    return PostgresNames.truncate(text);
  }

  /** Hibernate's implicit foreign key name: {@code FK} and a hash of both tables and the columns. */
  static String foreignKeyName(Identifier table, Identifier referencedTable, List<Identifier> columns) {
    return stored(Identifier.toIdentifier(NamingHelper.INSTANCE.generateHashedFkName("FK", table, referencedTable, columns)));
  }

  /** Hibernate's implicit unique key ({@code UK}) or index ({@code IDX}) name: a hash of table and columns. */
  static String constraintName(String prefix, Identifier table, List<Identifier> columns) {
    return stored(Identifier.toIdentifier(NamingHelper.INSTANCE.generateHashedConstraintName(prefix, table, columns)));
  }

  /** PostgreSQL folds only the ASCII letters of unquoted names (its downcase_identifier). */
  private static String foldUnquoted(String name) {
    StringBuilder folded = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      folded.append(c >= 'A' && c <= 'Z' ? Character.toLowerCase(c) : c);
    }
    return folded.toString();
  }
}
