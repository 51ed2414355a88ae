package dev.autogen.it.locksafe.v2;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.ColumnDefault;

import java.util.UUID;

@Entity
@Table(indexes = @Index(name = "ix_account_nickname", columnList = "nickname"))
@Check(name = "account_points_check", constraints = "points >= 0")
public class Account {
    /** The states an account can be in. */
    public enum Status { OPEN, CLOSED }

    @Id
    Long id;

    @Column(nullable = false, unique = true)
    String email;

    @Column(length = 80)
    String nickname;

    Long points;

    @Enumerated(EnumType.STRING)
    Status status;

    @ColumnDefault("gen_random_uuid()")
    @Column(nullable = false)
    UUID token;

    @ManyToOne
    Plan plan;
}
