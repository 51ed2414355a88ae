package dev.autogen.it.corpus.embedded_id.v2;

import jakarta.persistence.Embeddable;

import java.io.Serializable;

@Embeddable
public class LineKey implements Serializable {
    Long orderId;

    Integer line;

    String variant;
}
