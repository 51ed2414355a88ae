package dev.autogen.it.corpus.generated_to_plain.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

@Entity
@Table(name = "line")
public class Line {
    @Id
    Long id;

    @Column(precision = 10, scale = 2)
    BigDecimal price;

    Integer qty;

    @Column(precision = 10, scale = 2)
    BigDecimal total;
}
