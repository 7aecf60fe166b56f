package oracle.largelibrarylending;

import jakarta.persistence.*;
import java.time.LocalDate;
@Entity @Table(indexes = @Index(name = "loan_due_idx", columnList = "due_on")) public class Loan { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Copy copy; @ManyToOne(optional = false) private Member member; @Column(name = "lent_on", nullable = false) private LocalDate lentOn; @Column(name = "due_on", nullable = false) private LocalDate dueOn; @Column(name = "returned_on") private LocalDate returnedOn; private int renewals; }
