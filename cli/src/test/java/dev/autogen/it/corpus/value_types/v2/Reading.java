package dev.autogen.it.corpus.value_types.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
public class Reading {
    @Id
    Long id;

    String name;

    UUID externalId;

    LocalDate day;

    LocalDateTime wallClock;

    OffsetDateTime takenAt;

    Instant storedAt;

    LocalTime timeOfDay;

    Duration duration;

    @Column(precision = 9, scale = 3)
    BigDecimal value;

    BigDecimal unbounded;

    boolean valid;

    char grade;

    short level;
}
