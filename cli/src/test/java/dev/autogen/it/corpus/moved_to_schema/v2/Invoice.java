package dev.autogen.it.corpus.moved_to_schema.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "invoice", schema = "archive")
public class Invoice {
    @Id
    Long id;

    String name;

}
