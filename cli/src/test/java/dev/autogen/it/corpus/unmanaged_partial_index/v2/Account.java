package dev.autogen.it.corpus.unmanaged_partial_index.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

@Entity
@Table(name = "account", indexes = @Index(name = "ix_account_name", columnList = "name"))
public class Account {
    @Id
    Long id;

    String name;

    String email;

    boolean deleted;

    String nickname;
}
