package oracle.legacyproperty;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "ACCOUNT")
public class Account extends PersistentObject {
  public enum Status { OPEN, SUSPENDED, CLOSED }

  private String number;
  private Status status;
  private Client owner;
  private Money cash;
  private Set<String> traders = new HashSet<>();
  private List<Mandate> mandateList = new ArrayList<>();

  @Column(name = "ACCOUNT_NO", length = 16, nullable = false, unique = true)
  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  @Enumerated(EnumType.STRING)
  @Column(length = 12, nullable = false)
  public Status getStatus() {
    return status;
  }

  public void setStatus(Status status) {
    this.status = status;
  }

  @ManyToOne(optional = false)
  @JoinColumn(name = "CLIENT_ID")
  public Client getClient() {
    return owner;
  }

  public void setClient(Client client) {
    this.owner = client;
  }

  @Embedded
  @AttributeOverride(name = "amount", column = @Column(name = "CASH_BALANCE", precision = 19, scale = 4))
  @AttributeOverride(name = "currency", column = @Column(name = "CASH_CCY", length = 3))
  public Money getCashBalance() {
    return cash;
  }

  public void setCashBalance(Money cash) {
    this.cash = cash;
  }

  @ElementCollection
  @CollectionTable(name = "ACCOUNT_TRADER", joinColumns = @JoinColumn(name = "ACCOUNT_ID"))
  @Column(name = "TRADER_LOGIN", length = 32)
  public Set<String> getAuthorizedTraders() {
    return traders;
  }

  public void setAuthorizedTraders(Set<String> traders) {
    this.traders = traders;
  }

  /** An element collection of an embeddable: it takes the access of the account's identifier. */
  @ElementCollection
  @CollectionTable(name = "ACCOUNT_MANDATE")
  @OrderColumn(name = "SEQ_NO")
  public List<Mandate> getMandates() {
    return mandateList;
  }

  public void setMandates(List<Mandate> mandates) {
    this.mandateList = mandates;
  }
}
