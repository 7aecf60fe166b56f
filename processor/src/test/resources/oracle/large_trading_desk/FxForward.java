package oracle.largetradingdesk;

import jakarta.persistence.*;
import java.time.LocalDate;
@Entity @PrimaryKeyJoinColumn(name = "instrument_id") public class FxForward extends Instrument { @Column(length = 7) private String pair; private LocalDate valueDate; }
