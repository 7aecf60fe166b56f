package dev.tidemark.samples.spring.autoconfigure;

import dev.tidemark.runtime.Migrator;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryDependsOnPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Migrates the schema with Tidemark at start-up, before JPA starts, in the way Spring Boot runs
 * Flyway: a {@link Migrator} built from {@code tidemark.*}, a {@link TidemarkMigrationInitializer}
 * that upgrades when it is created, and the entity manager factory made to depend on it. Copy this
 * package (and its {@code META-INF} registrations) into a service to use it.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class, before = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(Migrator.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "tidemark.enabled", matchIfMissing = true)
@EnableConfigurationProperties(TidemarkProperties.class)
public class TidemarkAutoConfiguration {

  /** The generated catalog on the classpath, with the settings; a service may declare its own. */
  @Bean
  @ConditionalOnMissingBean
  public Migrator tidemarkMigrator(DataSource dataSource, TidemarkProperties properties) {
    Migrator.Builder builder = Migrator.builder(dataSource)
        .schema(properties.schema())
        .lockTimeout(properties.lockTimeout())
        .statementTimeout(properties.statementTimeout());
    if (properties.safety() != null) {
      builder.safetyPolicy(properties.safety());
    }
    if (properties.devMode() != null) {
      builder.devMode(properties.devMode());
    }
    return builder.build();
  }

  @Bean
  @ConditionalOnMissingBean
  public TidemarkMigrationInitializer tidemarkMigrationInitializer(Migrator migrator) {
    return new TidemarkMigrationInitializer(migrator);
  }

  /** Makes every entity manager factory wait for the migration, as Flyway's auto-configuration does. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({AbstractEntityManagerFactoryBean.class, EntityManagerFactoryDependsOnPostProcessor.class})
  @ConditionalOnBean(AbstractEntityManagerFactoryBean.class)
  static class TidemarkJpaDependencyConfiguration extends EntityManagerFactoryDependsOnPostProcessor {

    TidemarkJpaDependencyConfiguration() {
      super(TidemarkMigrationInitializer.class);
    }
  }
}
