package dev.autogen.it.corpus.unmanaged_index_table_dropped.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Account {
    @Id
    Long id;

    String name;
}
