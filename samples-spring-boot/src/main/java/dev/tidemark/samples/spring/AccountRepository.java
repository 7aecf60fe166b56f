package dev.tidemark.samples.spring;

import dev.tidemark.models.trading.Account;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountRepository extends JpaRepository<Account, Long> {}
