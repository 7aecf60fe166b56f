package dev.tidemark.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command-line flags, {@code --name=value}, each checked up front; every bad flag is reported
 * at once with what it accepts.
 *
 * @param parts the parts to run: {@code boot}, {@code apply}, {@code build}, {@code scale}
 * @param revisions the revisions in the history of the boot and apply parts
 * @param runs the interleaved runs (fresh JVMs) per tool and measurement
 * @param calls the boot calls per fresh JVM: the first, then the later ones
 * @param entities the entities of the build part's model
 * @param ledgerSizes the frozen revisions of the ledgers the build part grows through
 * @param scaleTables the table counts of the scale part's models
 * @param out the Markdown report
 * @param work the directory for databases, fixtures and fork logs
 */
record Settings(Set<String> parts, int revisions, int runs, int calls, int entities, List<Integer> ledgerSizes,
    List<Integer> scaleTables, Path out, Path work) {

  static final List<String> PARTS = List.of("boot", "apply", "build", "scale");

  static final String USAGE = """
      Flags (--name=value):
        --part=all|boot,apply,build,scale   parts to run (default all)
        --revisions=200                     revisions for boot and apply
        --runs=5                            interleaved fresh-JVM runs per measurement
        --calls=20                          boot calls per JVM: the first and later ones
        --entities=1000                     entities of the build model
        --ledger-sizes=10,100,500           frozen revisions for the build's ledger growth
        --scale-tables=100,1000,10000       tables of the scale models
        --out=target/benchmarks.md          the report
        --work=target/benchmark-work        databases, fixtures, fork logs
      """;

  static Settings parse(String[] args) {
    Map<String, String> values = new LinkedHashMap<>(Map.of(
        "part", "all", "revisions", "200", "runs", "5", "calls", "20", "entities", "1000",
        "ledger-sizes", "10,100,500", "scale-tables", "100,1000,10000",
        "out", "target/benchmarks.md", "work", "target/benchmark-work"));
    List<String> problems = new ArrayList<>();
    for (String arg : args) {
      String[] pair = arg.startsWith("--") ? arg.substring(2).split("=", 2) : new String[] {arg};
      if (pair.length != 2 || !values.containsKey(pair[0])) {
        problems.add("unknown flag '" + arg + "'");
      } else {
        values.put(pair[0], pair[1]);
      }
    }
    Set<String> parts = values.get("part").equals("all") ? Set.copyOf(PARTS)
        : Set.copyOf(Arrays.asList(values.get("part").split(",")));
    if (!PARTS.containsAll(parts)) {
      problems.add("--part is '" + values.get("part") + "'; expected all or a comma-separated list of " + PARTS);
    }
    int revisions = positive(values, "revisions", problems);
    int runs = positive(values, "runs", problems);
    int calls = positive(values, "calls", problems);
    int entities = positive(values, "entities", problems);
    List<Integer> ledgerSizes = positives(values, "ledger-sizes", problems);
    List<Integer> scaleTables = positives(values, "scale-tables", problems);
    if (ledgerSizes.stream().anyMatch(size -> size > entities)) {
      problems.add("--ledger-sizes must not exceed --entities (" + entities + "): each frozen revision creates"
          + " at least one of the model's tables");
    }
    if (calls < 2) {
      problems.add("--calls must be at least 2: the first call and a later one");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems) + "\n" + USAGE);
    }
    return new Settings(parts, revisions, runs, calls, entities, ledgerSizes, scaleTables,
        Path.of(values.get("out")), Path.of(values.get("work")));
  }

  boolean runs(String part) {
    return parts.contains(part);
  }

  private static int positive(Map<String, String> values, String name, List<String> problems) {
    List<Integer> parsed = positives(values, name, problems);
    if (parsed.size() != 1) {
      problems.add("--" + name + " takes one number, not '" + values.get(name) + "'");
      return 1;
    }
    return parsed.get(0);
  }

  private static List<Integer> positives(Map<String, String> values, String name, List<String> problems) {
    List<Integer> parsed = new ArrayList<>();
    for (String item : values.get(name).split(",")) {
      try {
        int value = Integer.parseInt(item.trim());
        if (value < 1) {
          throw new NumberFormatException();
        }
        parsed.add(value);
      } catch (NumberFormatException e) {
        problems.add("--" + name + " is '" + values.get(name) + "'; expected positive whole numbers");
        return List.of(1);
      }
    }
    return parsed;
  }
}
