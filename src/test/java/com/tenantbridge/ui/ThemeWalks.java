package com.tenantbridge.ui;

import com.tenantbridge.domain.scenario.Scenario;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Which scenario a whole-wizard walk takes in which theme. WizardWalkTest and KeyboardOnlyTest each walk every
 * scenario once, in opposite themes, so together every step of every scenario is seen in both.
 */
public final class ThemeWalks {

    private ThemeWalks() {
    }

    /** Federation and guest access in the dark theme when {@code firstTwoDark}; the other two then in the light. */
    public static Stream<Arguments> eachScenarioOnce(boolean firstTwoDark) {
        return Stream.of(Arguments.of(Scenario.FEDERATION, firstTwoDark),
                Arguments.of(Scenario.GUEST_ACCESS, firstTwoDark),
                Arguments.of(Scenario.VENDOR_ACCOUNTS, !firstTwoDark),
                Arguments.of(Scenario.ANONYMOUS_JOIN, !firstTwoDark));
    }
}
