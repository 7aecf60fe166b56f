package oracle.embeddables;

import jakarta.persistence.Embeddable;

@Embeddable
public record Coordinates(String exchange, String mic) {}
