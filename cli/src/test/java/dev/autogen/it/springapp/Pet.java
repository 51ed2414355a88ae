package dev.autogen.it.springapp;

import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;

import java.time.LocalDate;

@Entity
public class Pet extends BaseEntity {
    @NotEmpty
    String name;

    LocalDate birthDate;

    @Min(0)
    @Max(120)
    Integer weightKg;

    @ManyToOne
    PetType petType;

    @ManyToOne
    Owner owner;
}
