package dev.autogen.it.corpus.named_enum_created.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Ticket {
    @Id
    Long id;

    String title;

}
