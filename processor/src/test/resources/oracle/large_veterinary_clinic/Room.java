package oracle.largeveterinaryclinic;

import jakarta.persistence.*;
@Entity @Table(uniqueConstraints = @UniqueConstraint(name = "room_clinic_number_key", columnNames = {"clinic_id", "number"})) public class Room extends BaseEntity { @ManyToOne(optional = false) private Clinic clinic; private int number; @Enumerated(EnumType.STRING) @Column(length = 16) private RoomKind kind; }
