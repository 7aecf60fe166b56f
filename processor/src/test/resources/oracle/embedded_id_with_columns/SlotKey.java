package oracle.embeddedidwithcolumns;

import jakarta.persistence.*;
import java.io.Serializable; import java.time.LocalDate;
@Embeddable public class SlotKey implements Serializable { @Column(name = "venue_code", length = 8) private String venue; @Column(name = "session_date") private LocalDate session; private int slot; }
