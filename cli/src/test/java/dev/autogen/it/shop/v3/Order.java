package dev.autogen.it.shop.v3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "orders", schema = "sales", indexes = @Index(name = "ix_orders_placed", columnList = "placedAt"))
public class Order {
    public enum Status { NEW, PAID, SHIPPED }

    @Id
    @GeneratedValue
    UUID id;

    @ManyToOne(optional = false)
    Customer customer;

    @Enumerated(EnumType.STRING)
    Status status;

    OffsetDateTime placedAt;

    @Column(length = 500)
    String note;
}
