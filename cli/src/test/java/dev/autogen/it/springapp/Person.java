package dev.autogen.it.springapp;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.NotBlank;

@MappedSuperclass
public class Person extends BaseEntity {
    @NotBlank
    String firstName;

    @NotBlank
    String lastName;
}
