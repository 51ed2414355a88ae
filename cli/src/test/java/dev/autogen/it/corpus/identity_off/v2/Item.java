package dev.autogen.it.corpus.identity_off.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Item {
    @Id
    Long id;

    String name;
}
