package oracle.legacyproperty;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "CLIENT")
public class Client extends PersistentObject {
  private String nm;
  private String crm;
  private boolean vip;
  private Boolean dormant;
  private PostalAddress home;
  private PostalAddress mail;
  private List<Account> accountList = new ArrayList<>();

  @Column(name = "CLIENT_NAME", length = 80, nullable = false)
  public String getName() {
    return nm;
  }

  public void setName(String name) {
    this.nm = name;
  }

  /** Two capitals: JavaBeans keeps the property name CRMCode. */
  @Column(length = 12, unique = true)
  public String getCRMCode() {
    return crm;
  }

  public void setCRMCode(String code) {
    this.crm = code;
  }

  public boolean isVip() {
    return vip;
  }

  public void setVip(boolean vip) {
    this.vip = vip;
  }

  public Boolean isDormant() {
    return dormant;
  }

  public void setDormant(Boolean dormant) {
    this.dormant = dormant;
  }

  @Embedded
  public PostalAddress getHomeAddress() {
    return home;
  }

  public void setHomeAddress(PostalAddress address) {
    this.home = address;
  }

  @Embedded
  @AttributeOverride(name = "street", column = @Column(name = "MAIL_STREET", length = 120))
  @AttributeOverride(name = "city", column = @Column(name = "MAIL_CITY"))
  @AttributeOverride(name = "postCode", column = @Column(name = "MAIL_ZIP", length = 10))
  @AttributeOverride(name = "ISOCountry", column = @Column(name = "MAIL_COUNTRY", length = 2))
  public PostalAddress getMailingAddress() {
    return mail;
  }

  public void setMailingAddress(PostalAddress address) {
    this.mail = address;
  }

  @OneToMany(mappedBy = "client")
  public List<Account> getAccounts() {
    return accountList;
  }

  public void setAccounts(List<Account> accounts) {
    this.accountList = accounts;
  }

  /** Computed, without a setter: Hibernate needs it @Transient. */
  @Transient
  public String getDisplayName() {
    return nm + (vip ? " *" : "");
  }
}
