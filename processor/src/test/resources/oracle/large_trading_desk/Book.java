package oracle.largetradingdesk;

import jakarta.persistence.*;
@Entity public class Book { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) private Long id; @Column(nullable = false, unique = true, length = 32) private String name; @ManyToOne(optional = false) private Desk desk; @ManyToOne private LegalEntity legalEntity; private boolean hedgeBook; }
