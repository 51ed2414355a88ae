package dev.autogen.it.hostile.names;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A user table whose name starts like autogen's history table. */
@Entity
@Table(name = "autogen_settings")
public class Setting {
    @Id
    public String name;

    public String setting;
}
