package dev.autogen.it.corpus.embeddable.v1;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {
    @Id
    Long id;

    String name;

    @Embedded
    Address home;
}
