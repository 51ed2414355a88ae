package dev.autogen.it.springapp;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class Visit extends BaseEntity {
    @Column(name = "visit_date")
    LocalDate date;

    @NotBlank
    @Size(max = 255)
    String visitDescription;

    @Digits(integer = 8, fraction = 2)
    BigDecimal feeAmount;

    @NotNull
    @ManyToOne
    @JoinColumn
    Pet pet;
}
