package dev.autogen.it.corpus.moved_to_schema.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "invoice")
public class Invoice {
    @Id
    Long id;

    String name;

}
