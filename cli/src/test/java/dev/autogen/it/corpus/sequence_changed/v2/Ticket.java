package dev.autogen.it.corpus.sequence_changed.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tickets")
    @SequenceGenerator(name = "tickets", sequenceName = "ticket_numbers", allocationSize = 10, initialValue = 100)
    Long id;

    String title;
}
