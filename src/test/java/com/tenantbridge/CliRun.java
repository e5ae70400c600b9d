package com.tenantbridge;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One CLI command run in this process, as a terminal would run it: its exit code and what it printed. */
public record CliRun(int code, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Launcher.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Both streams, as an admin reads them in one terminal. */
    public String said() {
        return out + "\n" + err;
    }
}
