package it.shop.model;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.ColumnDefault;

@Entity
public class Product {
    @Id
    Long id;

    @Convert(converter = SkuConverter.class)
    Sku sku;

    @ColumnDefault("0")
    int stock;
}
