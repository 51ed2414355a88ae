package dev.autogen.it.corpus.named_enum_dropped.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket {
    @Id
    Long id;

    String title;

}
