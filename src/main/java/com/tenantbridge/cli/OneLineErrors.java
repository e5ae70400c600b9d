package com.tenantbridge.cli;

import com.tenantbridge.service.credentials.CredentialsHandout;
import com.tenantbridge.service.journal.JournalLock;
import com.tenantbridge.service.Failures;
import com.tenantbridge.service.port.TenantAccessException;
import com.tenantbridge.service.port.UnreachableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * A person never sees a stack trace: whatever a command throws becomes one line, what failed and what to do, with
 * the exit code for its kind (2 bad input or a file that cannot be used, 3 a tenant not reached, 1 otherwise).
 */
final class OneLineErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine line, CommandLine.ParseResult parsed) {
        // The whole trace only for someone who turns debug logging on; a person gets the line below.
        org.slf4j.LoggerFactory.getLogger(OneLineErrors.class).debug("command failed", e);
        line.getErr().println(message(e));
        line.getErr().flush();
        return code(e);
    }

    static String message(Throwable e) {
        if (e instanceof JournalLock.HeldException || e instanceof CredentialsHandout.RefusedException) {
            return e.getMessage() + " Nothing was changed.";
        }
        if (e instanceof TenantAccessException) {
            return e.getMessage();
        }
        if (e instanceof UnreachableException || Failures.isNetwork(e)) {
            return "Could not reach the tenant: " + Failures.describe(e) + ". Nothing more was done; try again once"
                    + " it answers.";
        }
        if (e instanceof IOException || e instanceof UncheckedIOException) {
            return "Could not use a file: " + Failures.describe(e) + ". Choose another path (an existing folder you"
                    + " may write to), then run again.";
        }
        return "Failed: " + Failures.describe(e) + ". Nothing more was done; what a run did is in its journal"
                + " (apply --resume goes on, rollback undoes it).";
    }

    static int code(Throwable e) {
        if (e instanceof UnreachableException || e instanceof TenantAccessException || Failures.isNetwork(e)) {
            return ExitCodes.UNREACHABLE;
        }
        if (e instanceof IOException || e instanceof UncheckedIOException || e instanceof IllegalArgumentException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.FAILED;
    }
}
