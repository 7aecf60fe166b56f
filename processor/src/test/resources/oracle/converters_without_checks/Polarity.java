package oracle.uncheckedconverters;

public enum Polarity { SHORT, LONG }
