package dev.tidemark.samples.spring;

import dev.tidemark.models.trading.Desk;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeskRepository extends JpaRepository<Desk, Long> {}
