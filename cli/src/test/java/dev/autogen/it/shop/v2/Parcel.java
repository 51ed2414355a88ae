package dev.autogen.it.shop.v2;

import jakarta.persistence.Entity;

@Entity
public class Parcel extends Shipment {
    double weightKg;
}
