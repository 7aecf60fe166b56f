package oracle.genericsuper;

import jakarta.persistence.Entity;

@Entity
public class Desk extends Record<String, Integer, Desk> {
}
