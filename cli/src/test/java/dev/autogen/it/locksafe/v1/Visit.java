package dev.autogen.it.locksafe.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Visit {
    @Id
    Long id;

    Long accountId;

    String page;
}
