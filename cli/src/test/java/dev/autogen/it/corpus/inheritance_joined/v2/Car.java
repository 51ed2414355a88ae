package dev.autogen.it.corpus.inheritance_joined.v2;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {
    int doors;

    String color;
}
