package com.tenantbridge.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** Checks or changes failed. */
    public static final int FAILED = 1;
    /** Bad input: a plan with errors, a missing file, a wrong option. */
    public static final int BAD_INPUT = 2;
    /** A tenant of the plan could not be reached or signed in to. */
    public static final int UNREACHABLE = 3;

    private ExitCodes() {
    }
}
