package dev.autogen.it.schemas.pub;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(schema = "public", name = "notes")
public class Note {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "note_ids")
    @SequenceGenerator(name = "note_ids", sequenceName = "note_ids", schema = "public")
    long id;

    @ManyToOne(optional = false)
    Author author;

    String text;
}
