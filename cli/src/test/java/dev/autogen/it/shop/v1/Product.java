package dev.autogen.it.shop.v1;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

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

    @Column(precision = 10, scale = 2)
    BigDecimal price;

    @ElementCollection
    Set<String> tags;
}
