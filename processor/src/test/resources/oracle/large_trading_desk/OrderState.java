package oracle.largetradingdesk;

public enum OrderState { NEW, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED }
