package dev.autogen.it.schemas.app;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(schema = "app", name = "ledgers")
public class Ledger {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ledger_ids")
    @SequenceGenerator(name = "ledger_ids", sequenceName = "ledger_ids", schema = "app")
    long id;

    @Column(nullable = false)
    String title;
}
