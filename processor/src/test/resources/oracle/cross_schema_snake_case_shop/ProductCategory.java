package oracle.crossschemashop;

import jakarta.persistence.*;
@Entity @Table(schema = "catalog_data") public class ProductCategory { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @Column(nullable = false) private String displayName; @ManyToOne private ProductCategory parentCategory; }
