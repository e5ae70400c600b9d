package com.tenantbridge.domain.intent;

/**
 * One thing a scenario is for, proven on a world: who must (or must not) reach whom, whether it holds there,
 * and why. {@code title} names the party and what it must do ("Vendor2's accounts reach a support engineer of
 * their own"); {@code evidence} says what the reach engine found, with the setting that decides it; {@code path}
 * is the plan field to change when it does not hold.
 */
public record Claim(String tenant, String title, Status status, String evidence, String path, String fix) {

    public enum Status {
        HOLDS, BROKEN, UNKNOWN,
        /** Holds more than the plan asks (two partners already federate): said, not refused. */
        NOTE
    }

    static Claim holds(String tenant, String title, String evidence, String path) {
        return new Claim(tenant, title, Status.HOLDS, evidence, path, null);
    }

    static Claim broken(String tenant, String title, String evidence, String path, String fix) {
        return new Claim(tenant, title, Status.BROKEN, evidence, path, fix);
    }

    static Claim unknown(String tenant, String title, String evidence, String path) {
        return new Claim(tenant, title, Status.UNKNOWN, evidence, path, null);
    }

    static Claim note(String tenant, String title, String evidence, String path, String fix) {
        return new Claim(tenant, title, Status.NOTE, evidence, path, fix);
    }

    public boolean broken() {
        return status == Status.BROKEN;
    }
}
