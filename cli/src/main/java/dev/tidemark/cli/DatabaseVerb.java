package dev.tidemark.cli;

import dev.tidemark.runtime.MigrationListener;
import dev.tidemark.runtime.Migrator;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A verb that works on a database with the migrations of a classpath. */
abstract class DatabaseVerb implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  MigratorOptions migratorOptions;

  @Mixin
  ConnectionOptions connection;

  Output output() {
    return new Output(spec.commandLine());
  }

  Migrator migrator(MigrationListener... listeners) {
    Migrator.Builder builder = migratorOptions.builder(connection.dataSource());
    for (MigrationListener listener : listeners) {
      builder.listener(listener);
    }
    return builder.build();
  }
}
