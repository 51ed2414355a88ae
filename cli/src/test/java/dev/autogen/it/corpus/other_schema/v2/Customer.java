package dev.autogen.it.corpus.other_schema.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {
    @Id
    Long id;

    String name;

}
