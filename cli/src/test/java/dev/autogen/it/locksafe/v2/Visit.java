package dev.autogen.it.locksafe.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Entity
public class Visit {
    @Id
    Long id;

    @ManyToOne
    @JoinColumn(name = "accountId")
    Account account;

    String page;
}
