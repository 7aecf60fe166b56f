package dev.tidemark.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Build cost: javac on a generated model, in a fresh JVM per compile, without any processor, with
 * Tidemark's (a first build with no ledger, a rebuild over the ledger it left, and builds over
 * ledgers of frozen revisions) and with Hibernate's metamodel processor. Every compile starts from
 * empty output directories, as {@code mvn clean compile} does.
 */
final class BuildBenchmark {

  private static final String SCHEMA = "bench";
  private static final String TIDEMARK_PROCESSOR = "dev.tidemark.processor.TidemarkProcessor";
  private static final String HIBERNATE_PROCESSOR = "org.hibernate.processor.HibernateProcessor";

  private final Fork fork;
  private final Settings settings;
  private final Path work;

  BuildBenchmark(Fork fork, Settings settings, Path work) {
    this.fork = fork;
    this.settings = settings;
    this.work = work;
  }

  /**
   * One way of compiling the model.
   *
   * @param processor the processor to run, or {@code null} for none
   * @param ledgerTemplate the ledger each compile starts from (copied), or {@code null} for none
   */
  private record Variant(String label, String processor, Path ledgerTemplate) {}

  private record Measurements(List<Double> millis, List<Double> peakResident, List<Double> peakHeap,
      Set<String> errors) {
    Measurements() {
      this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new TreeSet<>());
    }
  }

  void run(Report report) throws IOException {
    List<Path> sources = EntityModel.write(work.resolve("model"), settings.entities());
    Path sourceList = work.resolve("sources.txt");
    Files.write(sourceList, sources.stream().map(Path::toString).toList());

    // The ledger a first build leaves, and ledgers of frozen revisions that end at the same schema.
    // The processor writes the draft before javac compiles what it generated, so even a first build
    // whose generated code javac rejects leaves the ledger the later builds start from.
    Path firstBuildLedger = work.resolve("ledger-first-build");
    compile(sourceList, TIDEMARK_PROCESSOR, firstBuildLedger, "prepare");
    List<Variant> variants = new ArrayList<>(List.of(
        new Variant("javac, no processor", null, null),
        new Variant("javac + Tidemark processor, first build (no ledger)", TIDEMARK_PROCESSOR, work.resolve("empty-ledger")),
        new Variant("javac + Tidemark processor, rebuild with nothing changed", TIDEMARK_PROCESSOR, firstBuildLedger),
        new Variant("javac + Hibernate metamodel processor", HIBERNATE_PROCESSOR, null)));
    Files.createDirectories(work.resolve("empty-ledger"));
    for (int size : settings.ledgerSizes()) {
      Path ledger = work.resolve("ledger-frozen-" + size);
      FrozenLedger.write(ledger, FrozenLedger.draftTarget(firstBuildLedger, SCHEMA), size);
      variants.add(new Variant("javac + Tidemark processor, ledger of " + size + " frozen revisions",
          TIDEMARK_PROCESSOR, ledger));
    }

    Map<Variant, Measurements> results = new LinkedHashMap<>();
    variants.forEach(variant -> results.put(variant, new Measurements()));
    List<Variant> order = new ArrayList<>(variants);
    for (int run = 1; run <= settings.runs(); run++) {
      for (Variant variant : order) {
        Path ledger = null;
        if (variant.ledgerTemplate() != null) {
          ledger = work.resolve("ledger-run");
          copy(variant.ledgerTemplate(), ledger);
        }
        Map<String, List<String>> measured = compile(sourceList, variant.processor(), ledger, "run");
        Measurements measurements = results.get(variant);
        if (measured.containsKey("error")) {
          measurements.errors().add(measured.get("error").get(0));
        }
        measurements.millis().add(Stats.millis(Long.parseLong(measured.get("compile").get(0))));
        measurements.peakResident().add(Double.parseDouble(measured.get("peak-rss").get(0)));
        measurements.peakHeap().add(Double.parseDouble(measured.get("peak-heap").get(0)));
      }
      order.add(order.remove(0));
    }

    double plain = Stats.median(results.get(variants.get(0)).millis());
    Report.Section table = report.section("Build cost: javac on " + settings.entities() + " entities of 10 to 20 columns",
        "build", "compile time", "vs plain javac", "peak RSS", "peak heap");
    results.forEach((variant, measurements) -> {
      double millis = Stats.median(measurements.millis());
      if (!measurements.errors().isEmpty()) {
        table.row(variant.label(), Stats.ms(millis) + " to fail: " + String.join("; ", measurements.errors()),
            "", "", "");
        return;
      }
      table.row(variant.label(), Stats.ms(millis), Stats.ratio(millis, plain),
          Stats.megabytes(Stats.median(measurements.peakResident())),
          Stats.megabytes(Stats.median(measurements.peakHeap())));
    });
    Measurements first = results.get(variants.get(1));
    Measurements rebuild = results.get(variants.get(2));
    double firstMillis = Stats.median(first.millis());
    double rebuildMillis = Stats.median(rebuild.millis());
    table.note("Medians of " + settings.runs() + " interleaved runs, each compile in a fresh JVM (javax.tools, the"
            + " JVM's default heap) from empty output directories. Peak RSS is the JVM's VmHWM; peak heap adds up"
            + " the heap pools' peaks. The ledger builds end at the same schema as the model, so they add no"
            + " draft: their cost is loading, checking and generating the frozen revisions.")
        .note("Targets: the processor within 15% of plain javac (first build measured " + Stats.ratio(firstMillis, plain)
            + failed(first) + "); a rebuild with nothing changed no more than the first build (measured "
            + Stats.ratio(rebuildMillis, firstMillis) + " of it" + failed(rebuild) + ").")
        .print();
  }

  private static String failed(Measurements measurements) {
    return measurements.errors().isEmpty() ? "" : ", up to javac's failure";
  }

  private Map<String, List<String>> compile(Path sourceList, String processor, Path ledger, String purpose)
      throws IOException {
    Path output = work.resolve("out-" + purpose);
    deleteRecursively(output);
    Files.createDirectories(output.resolve("classes"));
    Files.createDirectories(output.resolve("generated"));
    String classpath = System.getProperty("java.class.path");
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-implicit:none",
        "-d", output.resolve("classes").toString(), "-s", output.resolve("generated").toString(),
        "-classpath", classpath));
    if (processor == null) {
      arguments.add("-proc:none");
    } else {
      arguments.addAll(List.of("-processorpath", classpath, "-processor", processor));
    }
    if (ledger != null) {
      arguments.addAll(List.of("-Atidemark.dir=" + ledger.toAbsolutePath(), "-Atidemark.schema=" + SCHEMA));
    }
    Path options = output.resolve("javac.options");
    Files.write(options, arguments);
    return fork.run(JavacCall.class, List.of(), List.of(options.toString(), sourceList.toString()));
  }

  private static void copy(Path from, Path to) throws IOException {
    deleteRecursively(to);
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted((left, right) -> right.compareTo(left)).toList()) {
        Files.delete(path);
      }
    }
  }
}
