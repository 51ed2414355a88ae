package dev.autogen.it.shop.v2;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;

import java.math.BigDecimal;
import java.util.Set;

@Entity
public class Product {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, unique = true, length = 40)
    String sku;

    String name;

    @Column(precision = 12, scale = 2)
    BigDecimal price;

    @Lob
    String description;

    @ElementCollection
    Set<String> tags;

    @ManyToMany
    Set<Category> categories;
}
