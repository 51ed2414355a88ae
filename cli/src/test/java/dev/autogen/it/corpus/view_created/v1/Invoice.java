package dev.autogen.it.corpus.view_created.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "invoice")
public class Invoice {
    @Id
    Long id;

    int total;

    boolean paid;
}
