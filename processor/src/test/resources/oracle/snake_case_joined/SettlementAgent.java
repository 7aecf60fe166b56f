package oracle.snakecasejoined;

import jakarta.persistence.*;
@Entity @PrimaryKeyJoinColumn(name = "agentEntityId") public class SettlementAgent extends LegalEntity { private String bicCode; }
