package dev.autogen.it.corpus.include_filter_other_schema.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Customer {
    @Id
    Long id;

    String name;
}
