package oracle.perclass;

import jakarta.persistence.Entity;

@Entity
public class BlockAllocation extends Allocation {
  private int blocks;
}
