package dev.autogen.it.locksafe.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Account {
    @Id
    Long id;

    String email;

    @Column(length = 40)
    String nickname;

    Integer points;

    String status;
}
