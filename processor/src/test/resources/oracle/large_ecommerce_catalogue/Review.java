package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Entity @Table(uniqueConstraints = @UniqueConstraint(columnNames = {"product_id", "customer_id"})) public class Review extends Auditable { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Product product; @ManyToOne(optional = false) private Customer customer; private short rating; @Column(length = 4000) private String body; }
