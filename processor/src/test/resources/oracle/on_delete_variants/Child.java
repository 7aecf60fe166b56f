package oracle.ondeletevariants;

import jakarta.persistence.*;
import org.hibernate.annotations.*;
@jakarta.persistence.Entity public class Child { @jakarta.persistence.Id private long id; @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) private Parent cascading; @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) private Parent nulling; @ManyToOne @JoinColumn(foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT)) private Parent loose; }
