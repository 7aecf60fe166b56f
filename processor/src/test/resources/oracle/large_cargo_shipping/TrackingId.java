package oracle.largecargoshipping;

import jakarta.persistence.*;
public record TrackingId(String value) { }
