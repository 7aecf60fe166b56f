package test.desks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
public class Trader {
  public enum Seniority { JUNIOR, SENIOR, HEAD }

  @Id
  @GeneratedValue
  private Long id;

  private String fullName;

  @Column(name = "desk_id", nullable = false)
  private long deskId;

  @Enumerated(EnumType.STRING)
  private Seniority seniority;

  private Seniority ordinalSeniority;

  private LocalDate hiredOn;

  private Instant lastLogin;

  private UUID badge;

  private boolean active;

  @Transient
  private String displayName;

  private static int instances;
}
