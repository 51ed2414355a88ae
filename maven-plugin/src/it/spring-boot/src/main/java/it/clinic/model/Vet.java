package it.clinic.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;

import java.time.LocalDate;
import java.util.Set;

@Entity
public class Vet {
    @Id
    @GeneratedValue
    Long id;

    LocalDate qualifiedAt;

    @ManyToMany
    Set<Specialty> specialties;
}
