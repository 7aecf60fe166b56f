package oracle.largelibrarylending;

import jakarta.persistence.*;
public record Isbn(String digits) { }
