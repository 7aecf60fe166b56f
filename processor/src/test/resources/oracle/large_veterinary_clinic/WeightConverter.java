package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
@Converter public class WeightConverter implements AttributeConverter<Weight, Integer> { public Integer convertToDatabaseColumn(Weight weight) { return weight == null ? null : weight.grams(); } public Weight convertToEntityAttribute(Integer grams) { return grams == null ? null : new Weight(grams); } }
