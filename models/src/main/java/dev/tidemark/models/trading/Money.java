package dev.tidemark.models.trading;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** An amount in a currency: fees and P&L are never added across currencies by accident. */
@Embeddable
public record Money(
    @Column(precision = 20, scale = 4) BigDecimal amount,
    @Column(length = 3) String currency) {}
