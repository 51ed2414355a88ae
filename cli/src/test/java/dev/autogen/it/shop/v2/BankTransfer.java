package dev.autogen.it.shop.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

@Entity
public class BankTransfer extends Payment {
    @Column(length = 34)
    String iban;
}
