package dev.autogen.it.corpus.many_to_many.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Course {
    @Id
    Long id;

    String name;

}
