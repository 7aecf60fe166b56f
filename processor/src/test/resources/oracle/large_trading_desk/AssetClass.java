package oracle.largetradingdesk;

public enum AssetClass { EQUITY, RATES, CREDIT, FX, COMMODITY }
