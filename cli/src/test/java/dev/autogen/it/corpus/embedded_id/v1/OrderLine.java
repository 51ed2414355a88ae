package dev.autogen.it.corpus.embedded_id.v1;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class OrderLine {
    @EmbeddedId
    LineKey key;

    int quantity;
}
