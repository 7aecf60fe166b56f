package oracle.joined;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class Counterparty extends Party {
  @Column(length = 20, nullable = false)
  private String lei;
}
