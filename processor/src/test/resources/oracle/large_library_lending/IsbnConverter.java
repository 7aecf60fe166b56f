package oracle.largelibrarylending;

import jakarta.persistence.*;
@Converter(autoApply = true) public class IsbnConverter implements AttributeConverter<Isbn, String> { public String convertToDatabaseColumn(Isbn isbn) { return isbn == null ? null : isbn.digits(); } public Isbn convertToEntityAttribute(String digits) { return digits == null ? null : new Isbn(digits); } }
