package dev.autogen.it.springapp;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Size;

@Embeddable
public class Address {
    String streetLine;

    String city;

    @Size(max = 10)
    String postalCode;
}
