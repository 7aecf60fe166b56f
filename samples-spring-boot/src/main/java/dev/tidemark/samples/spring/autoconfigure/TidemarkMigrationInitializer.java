package dev.tidemark.samples.spring.autoconfigure;

import dev.tidemark.runtime.MigrationReport;
import dev.tidemark.runtime.Migrator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Upgrades the schema, then creates the partitions its range-partitioned tables need ahead, when
 * the context creates this bean. The entity manager factory depends on it, so Hibernate validates
 * a schema that is already migrated, and today's rows have a partition to go to.
 */
public class TidemarkMigrationInitializer implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(TidemarkMigrationInitializer.class);

  private final Migrator migrator;
  private MigrationReport report;

  public TidemarkMigrationInitializer(Migrator migrator) {
    this.migrator = migrator;
  }

  @Override
  public void afterPropertiesSet() {
    report = migrator.upgrade();
    log.info(report.summary());
    log.info("Partitions created in schema {}: {}", migrator.schema(), migrator.maintainPartitions().created());
  }

  /** What the start-up migration did. */
  public MigrationReport report() {
    return report;
  }
}
