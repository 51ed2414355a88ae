package dev.autogen.it.corpus.named_enum_from_varchar.v1;

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
