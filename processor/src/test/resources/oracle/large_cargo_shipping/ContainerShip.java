package oracle.largecargoshipping;

import jakarta.persistence.*;
@Entity public class ContainerShip extends Vessel { private int reeferPlugs; }
