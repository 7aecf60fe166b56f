package oracle.indexesonjoincolumns;

import jakarta.persistence.*;
@Entity public class Venue { @Id private long id; }
