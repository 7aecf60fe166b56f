package oracle.largelibrarylending;

import jakarta.persistence.*;
@Entity @Table(name = "copy") public class Copy { @Id @GeneratedValue private Long id; @Column(nullable = false, unique = true, length = 20) private String barcode; @ManyToOne(optional = false) private Edition edition; @ManyToOne private Shelf shelf; @Enumerated private CopyCondition condition; @Version private int version; }
