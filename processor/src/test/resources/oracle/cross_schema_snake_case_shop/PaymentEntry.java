package oracle.crossschemashop;

import jakarta.persistence.*;
@Entity @Table(schema = "billing") @PrimaryKeyJoinColumn(name = "entry_id") public class PaymentEntry extends LedgerEntry { @ManyToOne private CustomerInvoice settledInvoice; @Column(length = 20) private String paymentMethod; }
