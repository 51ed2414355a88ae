package dev.autogen.it.corpus.version_and_lob.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Document {
    @Id
    Long id;

    String name;

}
