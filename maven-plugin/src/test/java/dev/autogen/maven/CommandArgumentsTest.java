package dev.autogen.maven;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class CommandArgumentsTest {
    @Test
    void unsetParametersAreNotPassedSoTheEnvironmentAndPropertiesFileStillApply() {
        String[] arguments = new CommandArguments("check")
                .option("--url", null)
                .option("--user", " ")
                .option("--lock-timeout", 30)
                .flag("--shadow", false)
                .flag("--verbose", true)
                .toArray();

        assertArrayEquals(new String[] {"check", "--lock-timeout", "30", "--verbose"}, arguments);
    }

    @Test
    void positionalParametersFollowTheEndOfOptionsSoANegativeTargetIsNotAnOption() {
        String[] arguments = new CommandArguments("downgrade").option("--url", "jdbc:postgresql://db/app")
                .positional(List.of("-1")).toArray();

        assertArrayEquals(new String[] {"downgrade", "--url", "jdbc:postgresql://db/app", "--", "-1"}, arguments);
    }

    @Test
    void repeatedOptionsArePassedOnceForEachValue() {
        String[] arguments = new CommandArguments("revision").repeated("--rename", List.of("todo.title=name", "a=b"))
                .repeated("--rename", null).positional(List.of()).toArray();

        assertArrayEquals(new String[] {"revision", "--rename", "todo.title=name", "--rename", "a=b"}, arguments);
    }
}
