package oracle.basic;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

@Entity
public class Quote {
  @Id
  private long id;

  private boolean firm;
  private Boolean indicative;
  private byte venueCode;
  private Byte boxedVenue;
  private short lot;
  private Short boxedLot;
  private int size;
  private Integer boxedSize;
  private Long sequenceNo;
  private float spread;
  private Float boxedSpread;
  private double mid;
  private Double boxedMid;
  private char side;
  private Character boxedSide;
  private String symbol;

  @Column(length = 12, nullable = false)
  private String isin;

  private BigDecimal price;

  @Column(precision = 20, scale = 8)
  private BigDecimal quantity;

  @Column(precision = 10)
  private BigDecimal wholeUnits;

  private LocalDate tradeDate;
  private LocalDateTime localStamp;
  private LocalTime cutoff;
  private Instant receivedAt;
  private OffsetDateTime offsetStamp;
  private ZonedDateTime zonedStamp;
  private UUID correlationId;

  @Basic(optional = false)
  private String trader;
}
