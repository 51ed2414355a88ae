package dev.autogen.it.corpus.named_enum_value_added.v1;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Ticket {
    @Id
    Long id;

    String title;

    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    Status status;

    @JdbcTypeCode(SqlTypes.NAMED_ORDINAL_ENUM)
    Priority priority;
}
