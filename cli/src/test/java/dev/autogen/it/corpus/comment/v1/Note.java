package dev.autogen.it.corpus.comment.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Comment;

@Entity
@Table(name = "note", comment = "scratch notes")
public class Note {
    @Id
    Long id;

    String body;

    @Comment("old text")
    String a;

    String b;

    @Comment("goes away")
    String c;
}
