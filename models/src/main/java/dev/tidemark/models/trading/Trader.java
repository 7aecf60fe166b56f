package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A trader who sits on one desk and sends orders for its accounts. */
@Entity
@Table(name = "traders", indexes = @Index(name = "traders_desk_idx", columnList = "desk_id"))
public class Trader {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "desk_id", nullable = false)
  private Desk desk;

  @Column(nullable = false, unique = true, length = 32)
  private String login;

  @Column(name = "full_name", nullable = false, length = 128)
  private String fullName;

  @Column(name = "joined_at", nullable = false)
  private Instant joinedAt;

  protected Trader() {}

  public Trader(Desk desk, String login, String fullName, Instant joinedAt) {
    this.desk = desk;
    this.login = login;
    this.fullName = fullName;
    this.joinedAt = joinedAt;
  }

  public Long getId() {
    return id;
  }

  public Desk getDesk() {
    return desk;
  }

  public String getLogin() {
    return login;
  }

  public String getFullName() {
    return fullName;
  }

  public Instant getJoinedAt() {
    return joinedAt;
  }
}
