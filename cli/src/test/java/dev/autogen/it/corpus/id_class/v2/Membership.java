package dev.autogen.it.corpus.id_class.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

@Entity
@IdClass(MembershipKey.class)
public class Membership {
    @Id
    Long memberId;

    @Id
    Long clubId;

    String role;
}
