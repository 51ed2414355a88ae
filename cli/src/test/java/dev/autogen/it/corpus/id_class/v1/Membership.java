package dev.autogen.it.corpus.id_class.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Membership {
    @Id
    Long memberId;

    Long clubId;

    String role;
}
