package dev.autogen.it.corpus.check_constraint.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.Check;

@Entity
@Check(constraints = "price >= 0")
public class Product {
    @Id
    Long id;

    String name;

    int price;

    String code;
}
