package oracle.legacyproperty;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;

@Entity
@Table(name = "BROKER")
public class Broker extends PersistentObject {
  private String code;
  private Set<Account> accounts = new HashSet<>();

  @Column(name = "BROKER_CODE", length = 8, nullable = false)
  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  @ManyToMany
  @JoinTable(name = "BROKER_ACCOUNT", joinColumns = @JoinColumn(name = "BROKER_ID"),
      inverseJoinColumns = @JoinColumn(name = "ACCOUNT_ID"))
  public Set<Account> getCoveredAccounts() {
    return accounts;
  }

  public void setCoveredAccounts(Set<Account> accounts) {
    this.accounts = accounts;
  }
}
