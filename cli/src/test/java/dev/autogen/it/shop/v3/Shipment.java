package dev.autogen.it.shop.v3;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public class Shipment {
    @Id
    @GeneratedValue
    Long id;

    @ManyToOne
    Order order;

    LocalDate shippedOn;
}
