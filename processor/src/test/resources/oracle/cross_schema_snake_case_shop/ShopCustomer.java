package oracle.crossschemashop;

import jakarta.persistence.*;
import java.util.List;
@Entity public class ShopCustomer { @Id @GeneratedValue private Long id; @Column(nullable = false, unique = true) private String emailAddress; @ManyToOne private CatalogProduct favouriteProduct; @OneToMany @JoinColumn(name = "customer_id") private List<CustomerInvoice> invoices; }
