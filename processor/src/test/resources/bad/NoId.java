package test.bad;

import jakarta.persistence.Entity;

@Entity
public class NoId {
  private String name;
}
