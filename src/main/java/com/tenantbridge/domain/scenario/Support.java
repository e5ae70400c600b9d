package com.tenantbridge.domain.scenario;

import java.util.Objects;

/** How far a scenario supports a capability, and the fact that says so. */
public record Support(Level level, Fact fact) {
    public enum Level {
        YES("Yes"),
        PARTLY("Partly"),
        NO("No");

        private final String label;

        Level(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Support {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(fact, "fact");
    }
}
