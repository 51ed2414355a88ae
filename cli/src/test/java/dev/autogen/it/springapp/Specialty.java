package dev.autogen.it.springapp;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;

@Entity
public class Specialty extends BaseEntity {
    @NotBlank
    String specialtyName;
}
