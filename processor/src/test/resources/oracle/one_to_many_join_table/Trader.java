package oracle.onetomanyjointable;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "traders")
public class Trader {
  @Id
  private String login;
}
