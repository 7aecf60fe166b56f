package dev.tidemark.samples.spring;

import dev.tidemark.models.trading.Trade;
import dev.tidemark.models.trading.TradeKey;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TradeRepository extends JpaRepository<Trade, TradeKey> {

  List<Trade> findByTradeDateOrderById(LocalDate tradeDate);
}
