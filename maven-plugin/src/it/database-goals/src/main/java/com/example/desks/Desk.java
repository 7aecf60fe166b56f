package com.example.desks;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Desk {
  @Id
  private Long id;

  private String name;
}
