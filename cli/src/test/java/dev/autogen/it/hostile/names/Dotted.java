package dev.autogen.it.hostile.names;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A quoted table name that holds a dot, with a unique column and an index. */
@Entity
@Table(name = "\"a.b\"", indexes = @Index(name = "a_b_rank", columnList = "rank"))
public class Dotted {
    @Id
    public Long id;

    @Column(unique = true)
    public String label;

    public int rank;
}
