package dev.autogen.it.springapp;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToMany;

import java.util.Set;

@Entity
public class Vet extends Person {
    @ManyToMany
    Set<Specialty> specialties;

    @ManyToMany
    Set<Pet> favouritePets;
}
