package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Entity public class OrderLine { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) @JoinColumn(name = "order_id") private PurchaseOrder order; @ManyToOne(optional = false) private Variant variant; private int quantity; @Embedded private Money unitPrice; }
