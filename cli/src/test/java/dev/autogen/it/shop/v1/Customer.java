package dev.autogen.it.shop.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.Instant;

@Entity
public class Customer {
    public enum Tier { BRONZE, SILVER, GOLD }

    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false)
    String name;

    @Column(unique = true)
    String email;

    @Embedded
    Address home;

    @Version
    int version;

    Instant createdAt;

    @Enumerated(EnumType.ORDINAL)
    Tier tier;
}
