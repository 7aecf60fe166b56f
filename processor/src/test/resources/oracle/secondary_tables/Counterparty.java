package oracle.secondary;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A counterparty whose know-your-customer file and credit limits live in tables of their own. */
@Entity
@Table(name = "counterparties")
@SecondaryTable(name = "counterparty_kyc",
    pkJoinColumns = @PrimaryKeyJoinColumn(name = "counterparty_id"),
    foreignKey = @ForeignKey(name = "fk_kyc_counterparty"),
    uniqueConstraints = @UniqueConstraint(name = "uk_kyc_registration", columnNames = {"registry", "registration_no"}),
    indexes = @Index(columnList = "reviewed_on"))
@SecondaryTable(name = "counterparty_limits", indexes = @Index(name = "ix_limits_grade", columnList = "rating_grade"))
@SecondaryTable(name = "counterparty_notes", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
public class Counterparty {
  public enum Status { PENDING, APPROVED, REJECTED }

  @Id
  @GeneratedValue
  private Long id;

  @Column(name = "legal_name", nullable = false, length = 160)
  private String legalName;

  @Column(length = 20, unique = true)
  private String lei;

  @Column(table = "counterparty_kyc", length = 40)
  private String registry;

  @Column(name = "registration_no", table = "counterparty_kyc", length = 40)
  private String registrationNumber;

  @Column(name = "reviewed_on", table = "counterparty_kyc")
  private LocalDate reviewedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "kyc_status", table = "counterparty_kyc", nullable = false, length = 10)
  private Status kycStatus;

  /** A primitive in a secondary table. */
  @Column(name = "review_cycle_months", table = "counterparty_kyc")
  private int reviewCycleMonths;

  @ManyToOne
  @JoinColumn(name = "domicile", table = "counterparty_kyc")
  private Country domicile;

  @ManyToOne(optional = false)
  private Country incorporation;

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "registered_street", table = "counterparty_kyc", length = 120))
  @AttributeOverride(name = "city", column = @Column(name = "registered_city", table = "counterparty_kyc", length = 60))
  @AttributeOverride(name = "postCode", column = @Column(name = "registered_post_code", table = "counterparty_kyc", length = 12))
  private Address registeredAddress;

  @Embedded
  private Address mailingAddress;

  @Column(name = "credit_limit", table = "counterparty_limits", precision = 20, scale = 2)
  private BigDecimal creditLimit;

  @Column(name = "settlement_limit", table = "counterparty_limits", precision = 20, scale = 2, nullable = false)
  private BigDecimal settlementLimit;

  @Embedded
  private RiskRating rating;

  @Column(table = "counterparty_notes", length = 4000)
  private String remarks;
}
