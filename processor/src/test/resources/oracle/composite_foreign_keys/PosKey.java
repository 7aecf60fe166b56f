package oracle.compositefk;
public class PosKey implements java.io.Serializable { Long account; String symbol; }
