package oracle.largecargoshipping;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
@Entity public class Booking { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @OneToOne(optional = false) @JoinColumn(name = "cargo_id", unique = true) private Cargo cargo; @ManyToOne(optional = false) private Customer customer; @Column(precision = 14, scale = 2) private BigDecimal freight; @Column(length = 3) private String currency; private LocalDate bookedOn; }
