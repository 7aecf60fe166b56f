package oracle.largecargoshipping;

public enum HandlingType { LOAD, UNLOAD, RECEIVE, CLAIM, CUSTOMS }
