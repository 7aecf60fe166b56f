package dev.tidemark.samples.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tidemark.runtime.Migrator;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** When the auto-configuration steps in, and that bad settings stop the context before any connection. */
class TidemarkAutoConfigurationTest {

  /** A data source nothing connects to: these contexts never migrate. */
  private final ApplicationContextRunner contexts = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(TidemarkAutoConfiguration.class));

  @Test
  void backsOffWithoutADataSource() {
    contexts.run(context -> assertThat(context).doesNotHaveBean(Migrator.class));
  }

  @Test
  void backsOffWhenDisabled() {
    contexts.withBean(DataSource.class, PGSimpleDataSource::new)
        .withPropertyValues("tidemark.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(TidemarkMigrationInitializer.class));
  }

  @Test
  void aBadSettingFailsTheStartNamingIt() {
    contexts.withBean(DataSource.class, PGSimpleDataSource::new)
        .withPropertyValues("tidemark.lock-timeout=-1s")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("lockTimeout must be positive"));
  }

  @Test
  void aSafetyPolicyIsPassedOn() {
    contexts.withBean(DataSource.class, PGSimpleDataSource::new)
        .withPropertyValues("tidemark.safety=strict")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("statementTimeout is required under safetyPolicy STRICT"));
  }

  @Test
  void aBadSafetyPolicyFailsTheStartNamingIt() {
    contexts.withBean(DataSource.class, PGSimpleDataSource::new)
        .withPropertyValues("tidemark.safety=lax")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("tidemark.safety"));
  }
}
