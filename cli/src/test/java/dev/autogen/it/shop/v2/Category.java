package dev.autogen.it.shop.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Category {
    @Id
    @GeneratedValue
    Long id;

    String name;

    @ManyToOne
    Category parent;
}
