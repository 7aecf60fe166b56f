package oracle.converters;

public record CurrencyCode(String iso) {}
