package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** javac with the Tidemark processor over test sources, and a look at the ledger it keeps. */
final class TidemarkCompiler {

  private final Path ledgerDir;

  TidemarkCompiler(Path ledgerDir) {
    this.ledgerDir = ledgerDir;
  }

  Path ledgerDir() {
    return ledgerDir;
  }

  /** Compiles the test resources {@code sources} with {@code -Atidemark.dir} and {@code options}. */
  Compilation compile(List<String> sources, String... options) {
    return compileFiles(sources.stream().map(JavaFileObjects::forResource).toList(), options);
  }

  /** Compiles {@code sources}, resources or written in the test, with {@code -Atidemark.dir} and {@code options}. */
  Compilation compileFiles(List<JavaFileObject> sources, String... options) {
    List<String> allOptions = new ArrayList<>(List.of("-Atidemark.dir=" + ledgerDir));
    allOptions.addAll(List.of(options));
    return Compiler.javac()
        .withProcessors(new TidemarkProcessor())
        .withOptions(allOptions)
        .compile(sources);
  }

  Compilation compileSucceeding(List<String> sources, String... options) {
    Compilation compilation = compile(sources, options);
    assertThat(compilation).succeeded();
    return compilation;
  }

  /** Every ledger file by its path under the ledger directory, with its content. */
  Map<String, String> ledgerFiles() {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(ledgerDir)) {
      return files;
    }
    try (Stream<Path> walk = Files.walk(ledgerDir)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(ledgerDir.relativize(file).toString(), Files.readString(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Every ledger file with its last-modified time, to prove a build left them alone. */
  Map<String, Long> ledgerTimestamps() {
    Map<String, Long> times = new TreeMap<>();
    for (String file : ledgerFiles().keySet()) {
      try {
        times.put(file, Files.getLastModifiedTime(ledgerDir.resolve(file)).toMillis());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return times;
  }

  Path ledgerFile(String relative) {
    return ledgerDir.resolve(relative);
  }
}
