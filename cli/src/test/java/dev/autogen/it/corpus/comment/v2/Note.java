package dev.autogen.it.corpus.comment.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

@Entity
@Table(name = "note", comment = "notes to self")
public class Note {
    @Id
    Long id;

    String body;

    @Comment("new text")
    String a;

    @Comment("added")
    String b;

    String c;
}
