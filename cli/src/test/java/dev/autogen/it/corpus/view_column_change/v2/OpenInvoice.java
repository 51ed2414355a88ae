package dev.autogen.it.corpus.view_column_change.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.View;

@Entity
@Table(name = "open_invoice")
@View(query = "select id, total from invoice where paid = false")
public class OpenInvoice {
    @Id
    Long id;

    long total;
}
