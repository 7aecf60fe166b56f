package oracle.maps;

public enum AssetClass {
  EQUITY,
  CREDIT,
  RATES,
  COMMODITY
}
