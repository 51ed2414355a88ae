package dev.autogen.it.corpus.on_delete.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class Child {
    @Id
    Long id;

    String name;

    @ManyToOne
    @OnDelete(action = OnDeleteAction.CASCADE)
    Parent parent;
}
