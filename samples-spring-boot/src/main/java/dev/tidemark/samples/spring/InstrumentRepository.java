package dev.tidemark.samples.spring;

import dev.tidemark.models.trading.Instrument;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InstrumentRepository extends JpaRepository<Instrument, Long> {}
