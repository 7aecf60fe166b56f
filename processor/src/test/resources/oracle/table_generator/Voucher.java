package oracle.tablegenerator;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Voucher {
  @Id
  @GeneratedValue(strategy = GenerationType.TABLE)
  private long id;
}
