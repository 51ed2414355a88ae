package dev.autogen.it.locksafe.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Plan {
    @Id
    Long id;

    String name;
}
