package dev.autogen.it.corpus.quoted_identifiers.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "`AuditEntry`")
public class AuditEntry {
    @Id
    Long id;

    @Column(name = "\"order\"", nullable = false)
    int order;

    @Column(length = 100)
    String dueAt;

    @Column(name = "`CreatedBy`", unique = true)
    String createdBy;

    @Column(name = "\"user\"")
    String user;
}
