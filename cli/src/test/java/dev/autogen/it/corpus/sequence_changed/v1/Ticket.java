package dev.autogen.it.corpus.sequence_changed.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
public class Ticket {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tickets")
    @SequenceGenerator(name = "tickets", sequenceName = "ticket_numbers", allocationSize = 50, initialValue = 1)
    Long id;

    String title;
}
