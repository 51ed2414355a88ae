package dev.autogen.it.corpus.enum_ordinal_to_string.v2;

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
