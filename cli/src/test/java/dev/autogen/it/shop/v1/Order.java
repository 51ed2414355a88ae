package dev.autogen.it.shop.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "orders")
public class Order {
    public enum Status { NEW, PAID }

    @Id
    @GeneratedValue
    UUID id;

    @ManyToOne(optional = false)
    Customer customer;

    @Enumerated(EnumType.STRING)
    Status status;

    OffsetDateTime placedAt;
}
