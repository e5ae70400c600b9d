package com.tenantbridge.domain.reach;

/** Whether a channel works between two parties. LIMITED works with a condition the reason states. */
public enum Verdict {
    YES, LIMITED, NO, UNKNOWN;

    public boolean works() {
        return this == YES || this == LIMITED;
    }
}
