package dev.tidemark.runtime.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Strict, path-aware access to one JSON object of a ledger document: every failure names the full
 * path of the field ({@code upgrade[2].column.type}) and what was expected there.
 */
public final class JsonFields {

  private final JsonNode node;
  private final String path;

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The root object of a document. */
  public static JsonFields root(JsonNode node) {
    return at(node, "$");
  }

  private static JsonFields at(JsonNode node, String path) {
    if (!node.isObject()) {
      throw new LedgerFormatException(path, "expected an object, found " + kind(node));
    }
    return new JsonFields(node, path);
  }

  public String path() {
    return path;
  }

  /** Fails on any field not in {@code known}: a typo in a hand edit must not be ignored. */
  public JsonFields allowOnly(Set<String> known) {
    TreeSet<String> unknown = new TreeSet<>();
    node.fieldNames().forEachRemaining(name -> {
      if (!known.contains(name)) {
        unknown.add(name);
      }
    });
    if (!unknown.isEmpty()) {
      throw new LedgerFormatException(child(unknown.first()), "unknown field; expected one of " + new TreeSet<>(known));
    }
    return this;
  }

  public String string(String field) {
    JsonNode value = required(field);
    if (!value.isTextual()) {
      throw new LedgerFormatException(child(field), "expected a string, found " + kind(value));
    }
    return value.textValue();
  }

  /** A string field that may be absent or null. */
  public String optionalString(String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : string(field);
  }

  public boolean bool(String field) {
    JsonNode value = required(field);
    if (!value.isBoolean()) {
      throw new LedgerFormatException(child(field), "expected true or false, found " + kind(value));
    }
    return value.booleanValue();
  }

  public long integer(String field) {
    JsonNode value = required(field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new LedgerFormatException(child(field), "expected a whole number, found " + kind(value));
    }
    return value.longValue();
  }

  public JsonFields object(String field) {
    return at(required(field), child(field));
  }

  public boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  public List<JsonFields> objects(String field) {
    return elements(field, (element, elementPath) -> at(element, elementPath));
  }

  public List<String> strings(String field) {
    return elements(field, (element, elementPath) -> {
      if (!element.isTextual()) {
        throw new LedgerFormatException(elementPath, "expected a string, found " + kind(element));
      }
      return element.textValue();
    });
  }

  /**
   * Builds a value from this object, turning a rejected value ({@link IllegalArgumentException}
   * from a model record) into an error that names this object's path.
   */
  public <T> T build(Function<JsonFields, T> builder) {
    try {
      return builder.apply(this);
    } catch (IllegalArgumentException e) {
      throw new LedgerFormatException(path, e.getMessage());
    }
  }

  private interface ElementReader<T> {
    T read(JsonNode element, String elementPath);
  }

  private <T> List<T> elements(String field, ElementReader<T> reader) {
    JsonNode value = required(field);
    if (!value.isArray()) {
      throw new LedgerFormatException(child(field), "expected an array, found " + kind(value));
    }
    List<T> result = new ArrayList<>();
    int index = 0;
    for (Iterator<JsonNode> elements = value.elements(); elements.hasNext(); index++) {
      result.add(reader.read(elements.next(), child(field) + "[" + index + "]"));
    }
    return result;
  }

  private JsonNode required(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new LedgerFormatException(child(field), "missing");
    }
    return value;
  }

  private String child(String field) {
    return path.equals("$") ? field : path + "." + field;
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase();
  }
}
