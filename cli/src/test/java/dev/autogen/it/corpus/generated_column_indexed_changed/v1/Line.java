package dev.autogen.it.corpus.generated_column_indexed_changed.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.hibernate.annotations.GeneratedColumn;

import java.math.BigDecimal;

@Entity
@Table(name = "line", indexes = @Index(name = "ix_line_total", columnList = "total"),
        uniqueConstraints = @UniqueConstraint(name = "uk_line_total_id", columnNames = {"total", "id"}))
public class Line {
    @Id
    Long id;

    @Column(precision = 10, scale = 2)
    BigDecimal price;

    Integer qty;

    @GeneratedColumn("price * qty")
    @Column(precision = 10, scale = 2)
    BigDecimal total;
}
