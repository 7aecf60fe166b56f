package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Entity public class ProductImage { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Product product; @Column(nullable = false, length = 400) private String url; @Column(length = 200) private String altText; private int position; }
