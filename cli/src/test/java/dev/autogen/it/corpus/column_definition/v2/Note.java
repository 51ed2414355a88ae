package dev.autogen.it.corpus.column_definition.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "note")
public class Note {
    @Id
    Long id;

    String body;

    @Column(columnDefinition = "varchar(20) default 'abc' not null")
    String code;

    @Column(columnDefinition = "text")
    String summary;
}
