package oracle.crossschemashop;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.util.Set;
@Entity @Table(schema = "catalog_data", uniqueConstraints = @UniqueConstraint(columnNames = "skuCode")) public class CatalogProduct { @Id @GeneratedValue(strategy = GenerationType.TABLE) private Long id; @Column(nullable = false, length = 32) private String skuCode; @Column(precision = 12, scale = 2) private BigDecimal listPrice; @ManyToOne(optional = false) private ProductCategory primaryCategory; @ManyToMany private Set<ProductCategory> extraCategories; @ElementCollection @CollectionTable(name = "product_keywords", schema = "catalog_data") @Column(name = "keyword", length = 40) private Set<String> searchKeywords; }
