package oracle.largecargoshipping;

import jakarta.persistence.*;
@Converter(autoApply = true) public class TrackingIdConverter implements AttributeConverter<TrackingId, String> { public String convertToDatabaseColumn(TrackingId id) { return id == null ? null : id.value(); } public TrackingId convertToEntityAttribute(String value) { return value == null ? null : new TrackingId(value); } }
