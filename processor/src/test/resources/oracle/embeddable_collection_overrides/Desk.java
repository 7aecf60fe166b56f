package oracle.embeddablecollectionoverrides;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

/** @AttributeOverride on an element collection renames the embeddable's columns in its table. */
@Entity
public class Desk {
  @Id
  private long id;

  @ElementCollection
  @AttributeOverride(name = "name", column = @Column(name = "contact_name", length = 80, nullable = false))
  private List<Contact> contacts;

  @Embeddable
  public static class Contact {
    private String name;

    private String phone;
  }
}
