package dev.autogen.it.corpus.inheritance_table_per_class.v1;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    String card;
}
