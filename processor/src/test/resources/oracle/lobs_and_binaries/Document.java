package oracle.lobsandbinaries;

import jakarta.persistence.*;
@Entity public class Document { @Id private long id; @Lob private String body; @Lob private byte[] scan; private byte[] digest; @Column(columnDefinition = "bytea") private byte[] raw; @Column(columnDefinition = "text") private String plain; }
