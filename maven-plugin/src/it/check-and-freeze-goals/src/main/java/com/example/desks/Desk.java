package com.example.desks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Desk {
  @Id
  private Long id;

  private String name;

  // Added after 0001_initial was frozen.
  @Column(length = 8)
  private String code;
}
