package dev.autogen.it.shop.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.Comment;

import java.time.Instant;

@Entity
public class Customer {
    public enum Tier { BRONZE, SILVER, GOLD }

    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false)
    @Comment("display name")
    String name;

    @Column(unique = true, length = 320)
    String email;

    @Embedded
    Address home;

    @Version
    int version;

    Instant createdAt;

    @Enumerated(EnumType.STRING)
    Tier tier;

    String phone;
}
