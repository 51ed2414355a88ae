package it.clinic.model;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

@Entity
public class Specialty {
    @Id
    @GeneratedValue
    Long id;

    String displayName;
}
