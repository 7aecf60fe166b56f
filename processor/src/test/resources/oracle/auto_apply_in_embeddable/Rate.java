package oracle.autoapplyembedded;

public record Rate(String text) {}
