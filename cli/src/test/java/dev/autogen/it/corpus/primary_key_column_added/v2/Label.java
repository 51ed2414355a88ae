package dev.autogen.it.corpus.primary_key_column_added.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "label")
public class Label {
    @Id
    Integer id;

    String code;
}
