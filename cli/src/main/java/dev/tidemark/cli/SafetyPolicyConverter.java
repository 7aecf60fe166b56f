package dev.tidemark.cli;

import dev.tidemark.runtime.SafetyPolicy;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code basic}, {@code enhanced} or {@code strict}, in any case. */
final class SafetyPolicyConverter implements ITypeConverter<SafetyPolicy> {

  @Override
  public SafetyPolicy convert(String value) {
    try {
      return SafetyPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + value + "' is not a safety policy; use basic, enhanced or strict");
    }
  }
}
