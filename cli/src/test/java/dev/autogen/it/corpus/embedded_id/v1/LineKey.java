package dev.autogen.it.corpus.embedded_id.v1;

import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class LineKey implements Serializable {
    Long orderId;

    Integer line;
}
