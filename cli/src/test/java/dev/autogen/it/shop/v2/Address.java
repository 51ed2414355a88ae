package dev.autogen.it.shop.v2;

import jakarta.persistence.Embeddable;

@Embeddable
public class Address {
    String street;

    String city;
}
