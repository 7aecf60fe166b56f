package oracle.mixedtradingmodel;

import jakarta.persistence.*;
@Entity @Table(name = "futures") public class Future extends Instrument { private java.time.LocalDate expiry; @ManyToOne private Instrument underlying; }
