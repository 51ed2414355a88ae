package dev.autogen.bench.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a synthetic JPA model of N entities, the same for a given N and seed: about ten columns
 * each (strings, numbers, dates, a boolean, an enum with its check constraint), a foreign key to an
 * earlier entity and for one in three a second one, a named and an unnamed index, a single-column
 * and a two-column unique. Even entities take their ids from a sequence, odd ones from an identity
 * column. It also writes the {@code hibernate.cfg.xml} that Liquibase's Hibernate extension reads.
 */
public final class EntityModelGenerator {
    /** The package of the generated entities. */
    public static final String PACKAGE = "bench.model";

    private final int entities;
    private final long seed;

    /** A generator of {@code entities} entities from a seed. */
    public EntityModelGenerator(int entities, long seed) {
        this.entities = entities;
        this.seed = seed;
    }

    /** Writes the sources under {@code sources} and the Hibernate configuration into {@code resources}. */
    public void write(Path sources, Path resources) throws IOException {
        Path packageDir = sources.resolve(PACKAGE.replace('.', '/'));
        Files.createDirectories(packageDir);
        Files.createDirectories(resources);
        Files.writeString(packageDir.resolve("Status.java"), "package " + PACKAGE + ";\n\n"
                + "public enum Status { NEW, ACTIVE, SUSPENDED, CLOSED }\n");
        Random random = new Random(seed);
        StringBuilder config = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
                        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
                <hibernate-configuration>
                  <session-factory>
                    <property name="hibernate.dialect">org.hibernate.dialect.PostgreSQLDialect</property>
                """);
        for (int i = 0; i < entities; i++) {
            Files.writeString(packageDir.resolve(name(i) + ".java"), entity(i, random));
            config.append("    <mapping class=\"").append(PACKAGE).append('.').append(name(i)).append("\"/>\n");
        }
        config.append("  </session-factory>\n</hibernate-configuration>\n");
        Files.writeString(resources.resolve("hibernate.cfg.xml"), config);
    }

    private static String name(int i) {
        return String.format(Locale.ROOT, "E%04d", i);
    }

    private static String entity(int i, Random random) {
        String name = name(i);
        String table = name.toLowerCase(Locale.ROOT);
        StringBuilder java = new StringBuilder();
        java.append("package ").append(PACKAGE).append(";\n\n")
                .append("import jakarta.persistence.*;\n")
                .append("import java.math.BigDecimal;\nimport java.time.Instant;\nimport java.time.LocalDate;\n\n")
                .append("@Entity\n@Table(name = \"").append(table).append("\",\n")
                .append("        indexes = {@Index(name = \"").append(table).append("_name_idx\", columnList = \"name\"),\n")
                .append("                   @Index(columnList = \"dueDate, status\")},\n")
                .append("        uniqueConstraints = @UniqueConstraint(columnNames = {\"code\", \"tenant\"}))\n")
                .append("public class ").append(name).append(" {\n");
        if (i % 2 == 0) {
            java.append("    @Id @GeneratedValue(strategy = GenerationType.SEQUENCE)\n    private Long id;\n");
        } else {
            java.append("    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)\n    private Long id;\n");
        }
        java.append("    @Column(nullable = false, length = ").append(40 + random.nextInt(200)).append(")\n    private String name;\n")
                .append("    @Column(nullable = false, length = 32)\n    private String code;\n")
                .append("    private int tenant;\n")
                .append("    @Column(unique = true, length = 64)\n    private String externalRef;\n")
                .append("    @Column(precision = ").append(10 + random.nextInt(8)).append(", scale = 2)\n    private BigDecimal amount;\n")
                .append("    private LocalDate dueDate;\n")
                .append("    private Instant createdAt;\n")
                .append("    private boolean active;\n")
                .append("    @Enumerated(EnumType.STRING) @Column(length = 16)\n    private Status status;\n");
        if (i > 0) {
            java.append("    @ManyToOne(fetch = FetchType.LAZY)\n    private ").append(name(random.nextInt(i))).append(" parent;\n");
        }
        if (i > 1 && i % 3 == 0) {
            java.append("    @ManyToOne(fetch = FetchType.LAZY, optional = false)\n    @JoinColumn(nullable = false)\n")
                    .append("    private ").append(name(random.nextInt(i))).append(" owner;\n");
        }
        return java.append("}\n").toString();
    }
}
