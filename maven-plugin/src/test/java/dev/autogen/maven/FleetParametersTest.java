package dev.autogen.maven;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** {@code eachSchema}, {@code eachUrl} and {@code parallel} reach upgrade, downgrade, current and check. */
class FleetParametersTest {
    @Test
    void theFleetParametersBecomeTheCommandsOptionsBeforeItsTarget() {
        UpgradeMojo upgrade = fleet(new UpgradeMojo());
        upgrade.target = "+1";
        DowngradeMojo downgrade = fleet(new DowngradeMojo());
        downgrade.target = "-1";

        assertArrayEquals(new String[] {"upgrade", "--each-schema", "tenant_*", "--each-url", "fleet.txt", "--parallel", "4",
                "--", "+1"}, arguments(upgrade));
        assertArrayEquals(new String[] {"downgrade", "--each-schema", "tenant_*", "--each-url", "fleet.txt", "--parallel", "4",
                "--", "-1"}, arguments(downgrade));
        assertArrayEquals(new String[] {"current", "--each-schema", "tenant_*", "--each-url", "fleet.txt", "--parallel", "4"},
                arguments(fleet(new CurrentMojo())));
        assertArrayEquals(new String[] {"check", "--each-schema", "tenant_*", "--each-url", "fleet.txt", "--parallel", "4"},
                arguments(fleet(new CheckMojo())));
        assertArrayEquals(new String[] {"current"}, arguments(new CurrentMojo()));
    }

    private static <T extends FleetMojo> T fleet(T mojo) {
        mojo.eachSchema = "tenant_*";
        mojo.eachUrl = "fleet.txt";
        mojo.parallel = 4;
        return mojo;
    }

    private static String[] arguments(AutogenMojo mojo) {
        CommandArguments arguments = new CommandArguments(mojo.command());
        mojo.addArguments(arguments);
        return arguments.toArray();
    }
}
