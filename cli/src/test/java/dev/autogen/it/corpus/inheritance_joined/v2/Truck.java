package dev.autogen.it.corpus.inheritance_joined.v2;

import jakarta.persistence.Entity;

@Entity
public class Truck extends Vehicle {
    double payload;
}
