package dev.autogen.it.corpus.embedded_id.v2;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

@Entity
public class OrderLine {
    @EmbeddedId
    LineKey key;

    int quantity;
}
