package dev.autogen.it.springapp;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import java.util.List;
import java.util.Set;

@Entity
@Table(name = "owners")
public class Owner extends Person {
    @Embedded
    Address homeAddress;

    @NotBlank
    @Pattern(regexp = "\\d{10}")
    String telephone;

    @OneToMany(mappedBy = "owner")
    List<Pet> pets;

    @ElementCollection
    Set<String> emailAddresses;
}
