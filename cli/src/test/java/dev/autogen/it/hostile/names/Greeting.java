package dev.autogen.it.hostile.names;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Quoted names with doubled double quotes, {@code say "hi"} and {@code a"b}, and a key to the dotted table. */
@Entity
@Table(name = "\"say \"\"hi\"\"\"")
public class Greeting {
    @Id
    @GeneratedValue
    public Long id;

    @Column(name = "\"a\"\"b\"")
    public String text;

    @ManyToOne
    public Dotted dotted;
}
