package dev.autogen.it.corpus.view_column_change.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "invoice")
public class Invoice {
    @Id
    Long id;

    long total;

    boolean paid;
}
