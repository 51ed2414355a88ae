package dev.autogen.it.corpus.named_enum_created.v2;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class Incident {
    @Id
    Long id;

    @JdbcTypeCode(SqlTypes.NAMED_ENUM)
    Status status;
}
