package dev.autogen.it.corpus.primary_key_changed.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Country {
    @Id
    Long id;

    String code;

    String name;
}
