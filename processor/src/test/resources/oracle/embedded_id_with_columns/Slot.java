package oracle.embeddedidwithcolumns;

import jakarta.persistence.*;
@Entity public class Slot { @EmbeddedId private SlotKey key; private Integer capacity; }
