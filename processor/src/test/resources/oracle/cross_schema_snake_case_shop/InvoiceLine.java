package oracle.crossschemashop;

import jakarta.persistence.*;
@Entity @Table(schema = "billing") public class InvoiceLine { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE) private CustomerInvoice invoice; @ManyToOne(optional = false) private CatalogProduct product; private int quantity; }
