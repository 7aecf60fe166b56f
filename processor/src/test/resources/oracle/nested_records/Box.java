package oracle.nestedrecords;

import jakarta.persistence.*;
@Embeddable public record Box(Point topLeft, @AttributeOverride(name = "x", column = @Column(name = "right_x")) @AttributeOverride(name = "y", column = @Column(name = "bottom_y")) Point bottomRight) {}
