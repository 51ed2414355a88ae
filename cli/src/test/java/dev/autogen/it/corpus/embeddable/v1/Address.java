package dev.autogen.it.corpus.embeddable.v1;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    String street;

    String city;
}
