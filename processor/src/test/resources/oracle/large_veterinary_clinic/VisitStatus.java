package oracle.largeveterinaryclinic;

public enum VisitStatus { BOOKED, ARRIVED, DONE, CANCELLED }
