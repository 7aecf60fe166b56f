package oracle.quotedoverrides;

import jakarta.persistence.*;
@Embeddable public class Range { private Integer low; private Integer high; }
