package dev.autogen.it.corpus.inheritance_joined.v1;

import jakarta.persistence.Entity;

@Entity
public class Car extends Vehicle {
    int doors;
}
