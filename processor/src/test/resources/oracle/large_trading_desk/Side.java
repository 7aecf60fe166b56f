package oracle.largetradingdesk;

public enum Side { BUY, SELL }
