package oracle.nestedrecords;

import jakarta.persistence.*;
@Embeddable public record Point(Double x, Double y) {}
