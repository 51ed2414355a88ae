package dev.autogen.it.shop.v2;

import jakarta.persistence.Entity;

@Entity
public class CardPayment extends Payment {
    String cardLast4;
}
