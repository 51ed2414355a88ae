package dev.autogen.it.corpus.primary_key_changed.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Country {
    Long id;

    @Id
    String code;

    String name;
}
