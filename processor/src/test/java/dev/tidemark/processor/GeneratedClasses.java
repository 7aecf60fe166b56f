package dev.tidemark.processor;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Loads the classes a compile-testing compilation produced in memory, so a test can run them. */
final class GeneratedClasses extends ClassLoader {

  private static final String OUTPUT_PREFIX = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();

  GeneratedClasses(Compilation compilation) {
    super(GeneratedClasses.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String name = file.getName();
      if (file.getKind() == JavaFileObject.Kind.CLASS && name.startsWith(OUTPUT_PREFIX)) {
        String binaryName = name.substring(OUTPUT_PREFIX.length(), name.length() - ".class".length()).replace('/', '.');
        try (InputStream bytes = file.openInputStream()) {
          classes.put(binaryName, bytes.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  <T> T instantiate(String name, Class<T> type) {
    try {
      return type.cast(loadClass(name).getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot instantiate generated class " + name, e);
    }
  }
}
