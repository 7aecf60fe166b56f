// expect: [TidemarkReservedWord] Column name 'user' of ReservedColumn.user is a reserved word
// on: private String user;
package test.bad.entities;

import jakarta.persistence.*;

@Entity
public class ReservedColumn {
  @Id
  private long id;

  private String user;
}
