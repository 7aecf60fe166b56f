package oracle.largecargoshipping;

import jakarta.persistence.*;
import java.util.Map;
@Entity public class Customer { @Id @GeneratedValue(strategy = GenerationType.SEQUENCE) private Long id; @Column(nullable = false, length = 120) private String name; @ElementCollection @CollectionTable(name = "customer_contacts") @MapKeyColumn(name = "channel", length = 20) @Column(name = "address", length = 200) private Map<String, String> contacts; @Version private long version; }
