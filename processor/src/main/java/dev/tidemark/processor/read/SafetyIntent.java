package dev.tidemark.processor.read;

import dev.tidemark.runtime.Acknowledgement;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * What the code of one schema says about migration safety: the risks it accepts with
 * {@code @Acknowledge}, and where each table and column is mapped, for reporting findings.
 *
 * @param declared the acknowledgements, each with the annotation that made it
 * @param sites the element behind each table and column
 */
public record SafetyIntent(List<Declared> declared, AcknowledgementReader.Sites sites) {

  public SafetyIntent {
    declared = List.copyOf(declared);
  }

  /**
   * One acknowledgement and where it was written.
   *
   * @param acknowledgement what it accepts
   * @param element the element it is on
   * @param annotation the {@code @Acknowledge}, for a message underlined on it
   */
  public record Declared(Acknowledgement acknowledgement, Element element, AnnotationMirror annotation) {}

  /**
   * The intents of every schema.
   *
   * @param schemas the intent of each schema an entity or manual revision names
   * @param elsewhere what a schema no entity maps has: the packages' acknowledgements
   */
  public record BySchema(Map<String, SafetyIntent> schemas, SafetyIntent elsewhere) {

    public SafetyIntent of(String schema) {
      return schemas.getOrDefault(schema, elsewhere);
    }
  }
}
