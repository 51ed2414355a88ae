package dev.autogen.it.corpus.quoted_identifiers.v1;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "`AuditEntry`")
public class AuditEntry {
    @Id
    Long id;

    @Column(name = "\"order\"")
    int order;

    String dueAt;
}
