package oracle.mixedaccess;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/** Property access from the superclass's @Id, with single attributes read from fields. */
@Entity
@Table(name = "traders")
public class Trader extends Keyed {
  private String first;
  private String last;
  private Desk desk;
  private Contact contact;

  /** Read from the field, whatever the class uses; its getter below has no setter and does not count. */
  @Access(AccessType.FIELD)
  @Column(name = "notes_text", length = 500)
  private String notes;

  /** Mapped on the getter: this field's annotation is not read. */
  @Column(name = "ignored_name")
  private String login;

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  @Column(name = "first_name", length = 40)
  public String getFirstName() {
    return first;
  }

  public void setFirstName(String firstName) {
    this.first = firstName;
  }

  @Column(name = "last_name", length = 40, nullable = false)
  public String getLastName() {
    return last;
  }

  public void setLastName(String lastName) {
    this.last = lastName;
  }

  public String getNotes() {
    return notes;
  }

  @ManyToOne
  public Desk getDesk() {
    return desk;
  }

  public void setDesk(Desk desk) {
    this.desk = desk;
  }

  /** An embeddable that says field access for itself. */
  @Embedded
  public Contact getContact() {
    return contact;
  }

  public void setContact(Contact contact) {
    this.contact = contact;
  }

  @Transient
  public String getFullName() {
    return first + " " + last;
  }
}
