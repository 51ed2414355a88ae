package dev.autogen.it.shop.v3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.math.BigDecimal;
import java.util.Set;

@Entity
@Table(uniqueConstraints = @UniqueConstraint(name = "uk_product_sku_name", columnNames = {"sku", "name"}))
public class Product {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, length = 40)
    String sku;

    String name;

    @Column(precision = 12, scale = 2)
    BigDecimal price;

    @Lob
    String description;

    @ManyToMany
    Set<Category> categories;
}
