package dev.tidemark.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileInputsTest {

  @TempDir
  Path directory;

  @Test
  void aRecordReadsBackEqualAndNamesWhatChangedSince() throws Exception {
    Path ledger = Files.createDirectories(directory.resolve("ledger/public"));
    Files.writeString(ledger.resolve("head.json"), "{}\n");
    CompilerSettings dev = settings("-Atidemark.mode=dev", ledger.getParent());
    CompileInputs recorded = CompileInputs.of(dev);
    Path record = directory.resolve("target/tidemark/compile-inputs.txt");
    recorded.write(record);

    assertEquals(Optional.of(recorded), CompileInputs.read(record));
    assertEquals(Optional.empty(), CompileInputs.of(dev).changesSince(recorded));
    assertEquals(Optional.of("the compiler's options changed"),
        CompileInputs.of(settings("-Atidemark.mode=check", ledger.getParent())).changesSince(recorded));
    Files.writeString(ledger.resolve("0001_initial.json"), "{}\n");
    assertEquals(Optional.of("the ledger files changed"), CompileInputs.of(dev).changesSince(recorded));
  }

  @Test
  void aRelativeLedgerDirIsTheProjects() {
    Path module = directory.resolve("module");
    MavenProject project = new MavenProject();
    project.setFile(module.resolve("pom.xml").toFile());
    Plugin compiler = new Plugin();
    compiler.setGroupId("org.apache.maven.plugins");
    compiler.setArtifactId("maven-compiler-plugin");
    Xpp3Dom configuration = new Xpp3Dom("configuration");
    Xpp3Dom args = new Xpp3Dom("compilerArgs");
    Xpp3Dom arg = new Xpp3Dom("arg");
    arg.setValue("-Atidemark.dir=src/main/tidemark");
    args.addChild(arg);
    configuration.addChild(args);
    compiler.setConfiguration(configuration);
    Build build = new Build();
    build.addPlugin(compiler);
    project.setBuild(build);

    assertEquals(Optional.of(module.resolve("src/main/tidemark")), CompilerSettings.of(project).ledgerDir());
  }

  @Test
  void noRecordIsNoRecord() throws Exception {
    assertEquals(Optional.empty(), CompileInputs.read(directory.resolve("missing.txt")));
  }

  private static CompilerSettings settings(String modeArgument, Path ledgerDir) {
    return new CompilerSettings("<compilerArgs>" + modeArgument + "</compilerArgs>",
        Map.of("tidemark.dir", ledgerDir.toString()), Optional.empty());
  }
}
