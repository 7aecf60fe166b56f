package dev.tidemark.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A user's mistake is an error where the user looks, never an internal error. Each file under
 * {@code src/test/resources/bad/entities/} holds one mistake and says, in its first two lines, the
 * message it must give ({@code // expect: [Tag] ...}) and the line it must be on ({@code // on: ...}).
 */
class BadEntitiesTest {

  private static final Path CASES = Path.of("src/test/resources/bad/entities");

  @TempDir
  Path ledgerDir;

  /** One case: its resource path, the message it must give and a fragment of the line it belongs on. */
  record Case(String resource, String message, String line) {
    @Override
    public String toString() {
      return resource.substring(resource.lastIndexOf('/') + 1);
    }
  }

  static Stream<Case> cases() throws IOException {
    try (Stream<Path> files = Files.list(CASES)) {
      return files.sorted().map(BadEntitiesTest::read).toList().stream();
    }
  }

  private static Case read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return new Case("bad/entities/" + file.getFileName(), lines.get(0).substring("// expect: ".length()),
          lines.get(1).substring("// on: ".length()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMistakeIsOneTaggedErrorOnItsLine(Case mistake) {
    Compilation compilation = new TidemarkCompiler(ledgerDir).compile(List.of(mistake.resource()));

    assertReported(compilation, mistake);
    assertThat(compilation).hadErrorCount(1);
    assertEquals(Map.of(), new TidemarkCompiler(ledgerDir).ledgerFiles(), "a broken model must not touch the ledger");
  }

  @Test
  void everyMistakeIsReportedInOneBuild() throws IOException {
    List<Case> mistakes = cases().toList();
    assertTrue(mistakes.size() >= 40, "the suite covers at least 40 mistakes");

    Compilation compilation = new TidemarkCompiler(ledgerDir).compile(mistakes.stream().map(Case::resource).toList());

    mistakes.forEach(mistake -> assertReported(compilation, mistake));
    assertThat(compilation).hadErrorCount(mistakes.size());
  }

  @Test
  void codesOfAnEnumFromAClassFileAreAnErrorOnTheAttribute(@TempDir Path classes) throws IOException {
    Compilation enumOnly = Compiler.javac().compile(JavaFileObjects.forResource("bad/compiled/Rating.java"));
    assertThat(enumOnly).succeeded();
    for (JavaFileObject file : enumOnly.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve(file.getName().substring(file.getName().indexOf("test/bad/compiled/")));
        Files.createDirectories(target.getParent());
        try (InputStream bytes = file.openInputStream()) {
          Files.copy(bytes, target);
        }
      }
    }

    Compilation compilation = new TidemarkCompiler(ledgerDir).compile(List.of("bad/compiled/RatedBond.java"),
        "-classpath", System.getProperty("java.class.path") + File.pathSeparator + classes);

    assertThat(compilation).hadErrorContaining("[TidemarkEnumCodesCompiled] RatedBond.rating stores enum"
            + " test.bad.compiled.Rating by its @EnumeratedValue codes, which Tidemark reads from the enum's source, but"
            + " the enum comes from a class file")
        .inFile(JavaFileObjects.forResource("bad/compiled/RatedBond.java"))
        .onLineContaining("private Rating rating;");
    assertThat(compilation).hadErrorCount(1);
  }

  /** The one line below the two expectation lines that contains the case's fragment. */
  private static long lineOf(Case mistake) {
    try {
      List<String> lines = Files.readAllLines(CASES.resolve(mistake.toString()));
      List<Integer> matching = IntStream.range(2, lines.size())
          .filter(index -> lines.get(index).contains(mistake.line())).boxed().toList();
      assertEquals(1, matching.size(), () -> mistake + " names an ambiguous line: " + mistake.line());
      return matching.get(0) + 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertReported(Compilation compilation, Case mistake) {
    assertTrue(compilation.errors().stream()
            .noneMatch(error -> error.getMessage(Locale.ROOT).contains(Diagnostic.INTERNAL.tag())),
        () -> "internal error: " + compilation.errors());
    assertThat(compilation)
        .hadErrorContaining(mistake.message())
        .inFile(JavaFileObjects.forResource(mistake.resource()))
        .onLine(lineOf(mistake));
  }
}
