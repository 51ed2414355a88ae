package dev.autogen.it.shop.v3;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.ManyToOne;

import java.math.BigDecimal;

@Entity
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
public class Payment {
    @Id
    @GeneratedValue
    Long id;

    @Column(precision = 12, scale = 2)
    BigDecimal amount;

    @ManyToOne
    Order order;

}
