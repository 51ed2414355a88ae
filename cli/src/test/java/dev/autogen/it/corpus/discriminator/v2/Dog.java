package dev.autogen.it.corpus.discriminator.v2;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

@Entity
@DiscriminatorValue("Dog")
public class Dog extends Animal {
    Integer barks;
}
