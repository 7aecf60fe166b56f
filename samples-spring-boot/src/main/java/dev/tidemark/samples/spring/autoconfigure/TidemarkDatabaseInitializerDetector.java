package dev.tidemark.samples.spring.autoconfigure;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link TidemarkMigrationInitializer} initializes the database, so beans
 * that depend on database initialization ({@code JdbcTemplate}, {@code JdbcClient}, beans marked
 * {@code @DependsOnDatabaseInitialization}) are created after the migration too.
 */
public class TidemarkDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(TidemarkMigrationInitializer.class);
  }
}
