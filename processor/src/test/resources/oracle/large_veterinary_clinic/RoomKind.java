package oracle.largeveterinaryclinic;

public enum RoomKind { CONSULTATION, SURGERY, KENNEL }
