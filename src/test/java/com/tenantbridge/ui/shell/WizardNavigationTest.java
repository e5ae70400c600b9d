package com.tenantbridge.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.tenantbridge.ui.common.WizardStep;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;

class WizardNavigationTest {

    record Step(String title, BooleanProperty valid) implements WizardStep {
        Step(String title, boolean valid) {
            this(title, new SimpleBooleanProperty(valid));
        }

        @Override
        public ReadOnlyBooleanProperty validProperty() {
            return valid;
        }
    }

    private final Step scenario = new Step("Scenario", false);
    private final Step connect = new Step("Connect", true);
    private final Step details = new Step("Details", false);
    private final Step report = new Step("Report", true);
    private final WizardNavigation nav = new WizardNavigation(List.of(scenario, connect, details, report));

    @Test
    void nextIsDisabledUntilTheCurrentStepIsValid() {
        assertThat(nav.canNextProperty().get()).isFalse();
        assertThat(nav.nextIndex()).isEqualTo(-1);
        scenario.valid().set(true);
        assertThat(nav.canNextProperty().get()).isTrue();
        assertThat(nav.nextIndex()).isEqualTo(1);
    }

    @Test
    void backIsDisabledOnTheFirstStepOnly() {
        assertThat(nav.canBackProperty().get()).isFalse();
        scenario.valid().set(true);
        assertThat(nav.moveTo(1)).isTrue();
        assertThat(nav.canBackProperty().get()).isTrue();
        assertThat(nav.backIndex()).isZero();
    }

    @Test
    void jumpingAheadCannotSkipAnInvalidStep() {
        scenario.valid().set(true);
        assertThat(nav.canGoTo(2)).isTrue();
        assertThat(nav.canGoTo(3)).isFalse();
        assertThat(nav.moveTo(3)).isFalse();
        details.valid().set(true);
        assertThat(nav.moveTo(3)).isTrue();
        assertThat(nav.index()).isEqualTo(3);
    }

    @Test
    void goingBackIsAlwaysAllowed() {
        scenario.valid().set(true);
        details.valid().set(true);
        nav.moveTo(3);
        scenario.valid().set(false);
        assertThat(nav.canGoTo(0)).isTrue();
        assertThat(nav.moveTo(0)).isTrue();
    }

    @Test
    void nextFollowsValidityOfTheStepWeAreOn() {
        scenario.valid().set(true);
        nav.moveTo(2);
        assertThat(nav.canNextProperty().get()).isFalse();
        details.valid().set(true);
        assertThat(nav.canNextProperty().get()).isTrue();
    }

    @Test
    void theLastStepHasNoNext() {
        scenario.valid().set(true);
        details.valid().set(true);
        nav.moveTo(3);
        assertThat(nav.canNextProperty().get()).isFalse();
    }

    @Test
    void outOfRangeTargetsAreRefused() {
        assertThat(nav.canGoTo(-1)).isFalse();
        assertThat(nav.canGoTo(4)).isFalse();
    }

    @Test
    void restartReturnsToTheFirstStep() {
        scenario.valid().set(true);
        nav.moveTo(2);
        nav.restart();
        assertThat(nav.index()).isZero();
    }
}
