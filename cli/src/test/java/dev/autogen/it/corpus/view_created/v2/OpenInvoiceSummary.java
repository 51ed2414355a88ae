package dev.autogen.it.corpus.view_created.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.View;

@Entity
@Table(name = "open_invoice_summary")
@View(query = "select count(*) as id, sum(total) as total from open_invoice")
public class OpenInvoiceSummary {
    @Id
    Long id;

    long total;
}
