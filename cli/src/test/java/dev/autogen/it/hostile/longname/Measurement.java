package dev.autogen.it.hostile.longname;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A table name of 70 bytes, which PostgreSQL would cut to 63. */
@Entity
@Table(name = "measurements_of_the_northern_weather_stations_taken_every_ten_minutes_")
public class Measurement {
    @Id
    public Long id;
}
