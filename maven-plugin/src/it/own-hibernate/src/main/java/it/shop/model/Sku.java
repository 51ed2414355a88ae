package it.shop.model;

/** A stock-keeping unit, stored as its code. */
public record Sku(String code) {
}
