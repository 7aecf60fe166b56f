package oracle.crossschemashop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
@Entity @Table(schema = "billing") public class CustomerInvoice { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "invoice_numbers") @SequenceGenerator(name = "invoice_numbers", sequenceName = "invoice_number_seq", schema = "billing", initialValue = 1000, allocationSize = 10) private Long id; private LocalDate issuedOn; @Column(precision = 14, scale = 2) private BigDecimal totalAmount; @OneToMany(mappedBy = "invoice") @OrderColumn(name = "line_position") private List<InvoiceLine> lines; }
