package dev.autogen.it.springapp;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Entity
public class PetType extends BaseEntity {
    @NotBlank
    @Size(max = 80)
    String typeName;
}
