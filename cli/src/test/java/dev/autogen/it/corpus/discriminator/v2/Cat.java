package dev.autogen.it.corpus.discriminator.v2;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("Cat")
public class Cat extends Animal {
    String color;
}
