package dev.tidemark.samples.spring.autoconfigure;

import dev.tidemark.runtime.SafetyPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tidemark.*}; unset ones keep the {@link dev.tidemark.runtime.Migrator}'s
 * defaults. The builder checks them all before the database is touched.
 *
 * @param enabled whether to migrate at start-up at all
 * @param schema the schema to migrate, when it is not the one the ledger names (a blue/green copy)
 * @param devMode whether draft revisions may be applied (development databases only); unset, the
 *     {@code tidemark.dev} system property or {@code TIDEMARK_DEV} decide
 * @param lockTimeout how long each revision's statements wait for a table lock
 * @param statementTimeout how long each of a revision's statements may run
 * @param safety how strictly revisions are judged and whether safe forms run: {@code basic} (the
 *     default), {@code enhanced} or {@code strict}
 */
@ConfigurationProperties("tidemark")
public record TidemarkProperties(@DefaultValue("true") boolean enabled, String schema, Boolean devMode,
    Duration lockTimeout, Duration statementTimeout, SafetyPolicy safety) {}
