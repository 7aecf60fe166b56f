package dev.tidemark.processor;

import com.google.auto.service.AutoService;
import com.sun.source.util.Trees;
import dev.tidemark.processor.ledger.LedgerException;
import dev.tidemark.processor.read.AcknowledgementReader;
import dev.tidemark.processor.read.EntityReader;
import dev.tidemark.processor.read.ManualDeclaration;
import dev.tidemark.processor.read.ManualRevisionReader;
import dev.tidemark.processor.read.Naming;
import dev.tidemark.processor.read.RangePartitionedReader;
import dev.tidemark.processor.read.ReadModel;
import dev.tidemark.processor.read.SafetyIntent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Tidemark's annotation processor: entities -> schema model -> diff against the ledger -> ledger
 * files and migration classes. It works in the round that sees the entities and never lets an
 * exception escape: every failure is an error message, on the element where one applies.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({EntityReader.ENTITY, "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Embeddable",
    EntityReader.ACKNOWLEDGE_DROP, ManualRevisionReader.MANUAL_REVISION, AcknowledgementReader.ACKNOWLEDGE,
    AcknowledgementReader.ACKNOWLEDGE_LIST})
public final class TidemarkProcessor extends AbstractProcessor {

  private boolean done;

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOption.keys();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement entityAnnotation = processingEnv.getElementUtils().getTypeElement(EntityReader.ENTITY);
    if (done || round.processingOver() || entityAnnotation == null) {
      return false;
    }
    Set<TypeElement> entities = ElementFilter.typesIn(round.getElementsAnnotatedWith(entityAnnotation));
    if (entities.isEmpty()) {
      return false;
    }
    done = true;
    Reporter reporter = new Reporter(processingEnv.getMessager(),
        Boolean.parseBoolean(processingEnv.getOptions().get(ProcessorOption.MAVEN.key())));
    try {
      ProcessorSettings.parse(processingEnv.getOptions(), reporter).ifPresent(settings -> {
        TypeElement acknowledgeDrop = processingEnv.getElementUtils().getTypeElement(EntityReader.ACKNOWLEDGE_DROP);
        Set<PackageElement> packages = acknowledgeDrop == null ? Set.of()
            : ElementFilter.packagesIn(round.getElementsAnnotatedWith(acknowledgeDrop));
        Naming naming = new Naming(settings.naming());
        TypeElement converterAnnotation = processingEnv.getElementUtils().getTypeElement(EntityReader.CONVERTER);
        Set<TypeElement> converters = converterAnnotation == null ? Set.of()
            : ElementFilter.typesIn(round.getElementsAnnotatedWith(converterAnnotation));
        ReadModel entityModel = new EntityReader(processingEnv, reporter, settings.defaultSchema(), naming)
            .read(entities, converters, packages);
        ReadModel model =
            new RangePartitionedReader(processingEnv.getElementUtils(), reporter).read(entityModel, entities);
        TypeElement manualRevision = processingEnv.getElementUtils().getTypeElement(ManualRevisionReader.MANUAL_REVISION);
        List<ManualDeclaration> manuals = manualRevision == null ? List.of()
            : new ManualRevisionReader(processingEnv, reporter, settings.defaultSchema(), naming)
                .read(ElementFilter.typesIn(round.getElementsAnnotatedWith(manualRevision)));
        Set<PackageElement> acknowledging = packagesAnnotated(round, AcknowledgementReader.ACKNOWLEDGE,
            AcknowledgementReader.ACKNOWLEDGE_LIST);
        SafetyIntent.BySchema safety = new AcknowledgementReader(processingEnv, reporter, naming).read(model,
            acknowledging, manuals.stream().collect(Collectors.toMap(ManualDeclaration::element, ManualDeclaration::schema)));
        // An incomplete model would read as dropped tables: leave the ledger alone until it is fixed.
        if (reporter.errors() == 0) {
          new Autogenerate(settings, reporter, processingEnv.getFiler(), processingEnv.getElementUtils(),
              Trees.instance(processingEnv)).run(model, entities, packages, manuals, safety);
        }
      });
    } catch (LedgerException e) {
      reporter.error(null, e.diagnostic(), e.arguments());
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(null, Diagnostic.INTERNAL, entities.size() + " entities", trace);
    }
    return false;
  }

  /** The packages of this round annotated with any of {@code annotations} that are on the classpath. */
  private Set<PackageElement> packagesAnnotated(RoundEnvironment round, String... annotations) {
    Set<TypeElement> types = Stream.of(annotations)
        .map(processingEnv.getElementUtils()::getTypeElement)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
    return types.isEmpty() ? Set.of()
        : ElementFilter.packagesIn(round.getElementsAnnotatedWithAny(types.toArray(TypeElement[]::new)));
  }
}
