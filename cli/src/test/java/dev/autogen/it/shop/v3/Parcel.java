package dev.autogen.it.shop.v3;

import jakarta.persistence.Entity;

@Entity
public class Parcel extends Shipment {
    double weightKg;
}
