package oracle.crossschemashop;

import jakarta.persistence.*;
@Entity @Table(schema = "billing") public class BillingAccount { @Id @GeneratedValue private Long id; @OneToOne(optional = false) @JoinColumn(name = "customer_id", foreignKey = @ForeignKey(name = "billing_account_customer_fk")) private ShopCustomer customer; @Column(length = 34) private String ibanNumber; }
