package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
import java.util.List;
@Entity @Table(name = "purchase_order") public class PurchaseOrder extends Auditable { @Id @GeneratedValue private Long id; @ManyToOne(optional = false) private Customer customer; @Enumerated(EnumType.STRING) @Column(nullable = false, length = 12) private OrderStatus status; @Embedded @AttributeOverride(name = "amount", column = @Column(name = "total_amount", precision = 19, scale = 4)) @AttributeOverride(name = "currency", column = @Column(name = "total_currency", length = 3)) private Money total; @Embedded private Address shipTo; @OneToMany(mappedBy = "order", cascade = CascadeType.ALL) @OrderColumn(name = "line_number") private List<OrderLine> lines; @ManyToOne private Coupon coupon; }
