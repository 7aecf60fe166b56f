package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.List;
@Entity public class Invoice extends BaseEntity { @ManyToOne(optional = false) private Owner owner; @OneToOne private Visit visit; @Column(nullable = false) private Instant issuedAt; private boolean paid; @ElementCollection @CollectionTable(name = "invoice_lines") @OrderColumn(name = "line_no") private List<InvoiceLine> lines; @Version private int version; }
