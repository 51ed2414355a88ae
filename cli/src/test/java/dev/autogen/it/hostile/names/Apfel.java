package dev.autogen.it.hostile.names;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Unquoted names with non-ASCII letters, which PostgreSQL leaves in their case: {@code Äpfel.größe}. */
@Entity
@Table(name = "ÄPFEL")
public class Apfel {
    @Id
    public Long id;

    @Column(name = "Größe")
    public String size;
}
