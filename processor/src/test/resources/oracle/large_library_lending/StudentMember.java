package oracle.largelibrarylending;

import jakarta.persistence.*;
@Entity @DiscriminatorValue("S") public class StudentMember extends Member { @Column(length = 80) private String school; }
