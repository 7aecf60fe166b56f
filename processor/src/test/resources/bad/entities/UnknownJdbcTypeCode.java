// expect: [TidemarkUnsupportedMapping] @JdbcTypeCode(2004) on UnknownJdbcTypeCode.blob
// on: @JdbcTypeCode(2004)
package test.bad.entities;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;

@Entity
public class UnknownJdbcTypeCode {
  @Id
  private long id;

  @JdbcTypeCode(2004)
  private byte[] blob;
}
