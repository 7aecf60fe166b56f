package oracle.convertersinembeddables;

public record Ccy(String code) {}
