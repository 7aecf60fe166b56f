package oracle.convertersinembeddables;

import jakarta.persistence.*;
@Converter public class CcyConverter implements AttributeConverter<Ccy, String> { public String convertToDatabaseColumn(Ccy c) { return c == null ? null : c.code(); } public Ccy convertToEntityAttribute(String s) { return s == null ? null : new Ccy(s); } }
