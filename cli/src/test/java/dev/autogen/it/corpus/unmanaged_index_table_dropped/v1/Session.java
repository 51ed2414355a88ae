package dev.autogen.it.corpus.unmanaged_index_table_dropped.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(name = "session", indexes = @Index(name = "ix_session_token", columnList = "token"))
public class Session {
    @Id
    Long id;

    String token;

    boolean revoked;
}
