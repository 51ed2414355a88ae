package dev.autogen.it.corpus.view_replaced.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.View;

@Entity
@Table(name = "open_invoice")
@View(query = "select id, total from invoice where paid = false and total > 100")
public class OpenInvoice {
    @Id
    Long id;

    int total;
}
