package oracle.largetradingdesk;

import jakarta.persistence.*;
@Entity public class Equity extends Instrument { @Column(length = 8) private String exchange; private long sharesOutstanding; }
