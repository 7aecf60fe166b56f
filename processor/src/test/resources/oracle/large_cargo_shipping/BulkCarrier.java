package oracle.largecargoshipping;

import jakarta.persistence.*;
@Entity @PrimaryKeyJoinColumn(name = "vessel_imo") public class BulkCarrier extends Vessel { private long deadweightTonnes; private boolean gearless; }
