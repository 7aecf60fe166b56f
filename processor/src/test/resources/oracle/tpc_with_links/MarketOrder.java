package oracle.tpcwithlinks;

import jakarta.persistence.*;
@Entity public class MarketOrder extends Order { private boolean immediate; }
