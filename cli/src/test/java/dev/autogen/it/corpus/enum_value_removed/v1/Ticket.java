package dev.autogen.it.corpus.enum_value_removed.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

@Entity
public class Ticket {
    @Id
    Long id;

    String title;

    @Enumerated(EnumType.STRING)
    Status status;
}
