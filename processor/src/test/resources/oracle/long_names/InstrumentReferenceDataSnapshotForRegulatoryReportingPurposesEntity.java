package oracle.longnames;

import jakarta.persistence.*;
@Entity public class InstrumentReferenceDataSnapshotForRegulatoryReportingPurposesEntity { @Id private long id; private String primaryListingExchangeMarketIdentifierCodeAsReportedByVendor; @Enumerated(EnumType.STRING) private Kind instrumentClassificationKindForTransactionReporting; public enum Kind { A, B } }
