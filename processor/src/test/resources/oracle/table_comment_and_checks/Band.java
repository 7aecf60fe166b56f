package oracle.tablecommentandchecks;

import jakarta.persistence.*;
import org.hibernate.annotations.*;
@jakarta.persistence.Entity @Comment("price bands") @Check(constraints = "low <= high") public class Band { @jakarta.persistence.Id private long id; private int low; private int high; @Check(name = "band_width_positive", constraints = "width > 0") private Integer width; }
