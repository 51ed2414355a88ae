package dev.autogen.samples.library;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The library app; autogen's starter migrates its database before JPA starts. */
@SpringBootApplication
public class LibraryApplication {
    /** Starts the app. */
    public static void main(String[] args) {
        SpringApplication.run(LibraryApplication.class, args);
    }
}
