package oracle.autoapply;

import java.io.Serializable;

public record Money(long cents) implements Serializable {}
