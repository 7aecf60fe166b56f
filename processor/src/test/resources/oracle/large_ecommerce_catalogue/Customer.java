package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
import java.util.List;
@Entity public class Customer extends Auditable { @Id @GeneratedValue private Long id; @Column(nullable = false, unique = true) private String email; private String fullName; @ElementCollection @CollectionTable(name = "customer_addresses") @OrderColumn(name = "address_index") private List<Address> addresses; }
