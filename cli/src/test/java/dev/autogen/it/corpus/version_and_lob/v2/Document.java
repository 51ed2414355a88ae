package dev.autogen.it.corpus.version_and_lob.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;

@Entity
public class Document {
    @Id
    Long id;

    String name;

    @Version
    long version;

    @Lob
    String notes;

    @Lob
    byte[] scan;

    byte[] thumbnail;
}
