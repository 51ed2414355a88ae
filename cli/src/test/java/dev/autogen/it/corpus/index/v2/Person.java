package dev.autogen.it.corpus.index.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(name = "person",
        indexes = {
            @Index(name = "ix_person_name", columnList = "firstName, lastName"),
            @Index(name = "ix_person_city", columnList = "city", unique = true),
            @Index(name = "ix_person_email", columnList = "email"),
            @Index(name = "ix_person_recent", columnList = "city ASC, email DESC")
        })
public class Person {
    @Id
    Long id;

    String firstName;

    String lastName;

    String city;

    String email;
}
