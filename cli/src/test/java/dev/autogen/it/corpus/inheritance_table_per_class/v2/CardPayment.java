package dev.autogen.it.corpus.inheritance_table_per_class.v2;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    String card;
}
