package dev.autogen.maven;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CheckReportTest {
    private static final String SETTINGS = "Spring Boot settings read from src/main/resources/application.properties"
            + " (profiles: default)";

    @Test
    void entityChangesGetTheGoalToRunAndTheSettingsLineGoesToTheLog() {
        CheckReport report = CheckReport.of(List.of(SETTINGS,
                "Pending changes; run 'autogen revision -m \"...\"' to generate a migration for them:",
                "  add column product.long_description varchar(500)"));

        assertEquals(List.of(SETTINGS), report.info());
        assertEquals("""
                The entities have changes that no migration holds:
                  add column product.long_description varchar(500)
                Run 'mvn compile autogen:revision -Dautogen.message="..."' to generate a migration for them.""",
                report.message());
    }

    @Test
    void driftKeepsItsOwnExplanationApartFromTheEntityChanges() {
        CheckReport report = CheckReport.of(List.of(SETTINGS,
                "Pending changes; run 'autogen revision -m \"...\"' to generate a migration for them:",
                "  drop column product.hacked",
                "Drift: the database has changes that its migrations do not make (made outside them):",
                "  add column product.hacked integer",
                "Way out: 'autogen revision -m \"...\"' writes these changes into a revision."));

        assertEquals(List.of(SETTINGS), report.info());
        assertEquals("""
                The entities have changes that no migration holds:
                  drop column product.hacked
                Run 'mvn compile autogen:revision -Dautogen.message="..."' to generate a migration for them.
                Drift: the database has changes that its migrations do not make (made outside them):
                  add column product.hacked integer
                Way out: 'autogen revision -m "..."' writes these changes into a revision.""", report.message());
    }

    @Test
    void driftAloneIsNotCalledAnEntityChange() {
        CheckReport report = CheckReport.of(List.of(
                "Drift: the database has changes that its migrations do not make (made outside them):",
                "  add column product.hacked integer",
                "Way out: record it."));

        assertEquals(List.of(), report.info());
        assertEquals("""
                Drift: the database has changes that its migrations do not make (made outside them):
                  add column product.hacked integer
                Way out: record it.""", report.message());
    }
}
