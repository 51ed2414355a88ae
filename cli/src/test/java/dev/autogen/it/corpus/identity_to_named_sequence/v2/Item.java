package dev.autogen.it.corpus.identity_to_named_sequence.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Item {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "item_ids")
    @SequenceGenerator(name = "item_ids", sequenceName = "item_ids", allocationSize = 1)
    Long id;

    String name;
}
