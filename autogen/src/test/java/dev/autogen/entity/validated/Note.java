package dev.autogen.entity.validated;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Entity
public class Note {
    @Id
    Long id;

    @NotNull
    @Size(max = 40)
    String title;
}
