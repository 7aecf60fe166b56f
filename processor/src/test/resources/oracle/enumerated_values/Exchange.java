package oracle.enumerated_values;

import jakarta.persistence.EnumeratedValue;

/** Market identifier codes: more constants than a map of sixteen buckets holds, so the check's order is Hibernate's. */
public enum Exchange {
  NYSE("XNYS"),
  NASDAQ("XNAS"),
  LSE("XLON"),
  EURONEXT_PARIS("XPAR"),
  XETRA("XETR"),
  SIX("XSWX"),
  TSE("XTKS"),
  HKEX("XHKG"),
  SGX("XSES"),
  ASX("XASX"),
  TSX("XTSE"),
  CME("XCME"),
  ICE("IFEU"),
  EUREX("XEUR"),
  BORSA_ITALIANA("XMIL"),
  OMX("XSTO"),
  JSE("XJSE"),
  OTC("O'TC");

  @EnumeratedValue
  final String mic;

  Exchange(String mic) {
    this.mic = mic;
  }
}
