package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
public record Weight(int grams) { }
