package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
import java.util.Map;
@Entity @Table(uniqueConstraints = @UniqueConstraint(name = "variant_product_code_key", columnNames = {"product_id", "code"})) public class Variant { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Product product; @Column(nullable = false, length = 40) private String code; @Embedded private Money price; @ElementCollection @CollectionTable(name = "variant_options") @MapKeyColumn(name = "option_name", length = 40) @Column(name = "option_value", length = 80) private Map<String, String> options; }
