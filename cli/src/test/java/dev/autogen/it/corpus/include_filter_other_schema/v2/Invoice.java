package dev.autogen.it.corpus.include_filter_other_schema.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "invoice", schema = "billing")
public class Invoice {
    @Id
    Long id;

    @Column(nullable = false, precision = 12, scale = 2)
    BigDecimal amount;

    @ManyToOne
    Customer customer;
}
