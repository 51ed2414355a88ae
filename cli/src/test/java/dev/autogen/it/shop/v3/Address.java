package dev.autogen.it.shop.v3;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    String street;

    String city;
}
