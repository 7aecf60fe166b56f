package oracle.largeecommercecatalogue;

import jakarta.persistence.*;
@Entity @DiscriminatorValue("DIGITAL") public class DigitalProduct extends Product { @Column(length = 400) private String downloadUrl; private Long fileSizeBytes; }
